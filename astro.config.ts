// Astro builds the public site from the ledger. The site's URL and base path come from
// jiesu.config.yaml, so the organisation config stays the one place to set them.
import { defineConfig } from 'astro/config';
import { loadConfig } from './src/adapters/config-file.ts';

const { config } = loadConfig();
const site = config?.config.site;

export default defineConfig({
  srcDir: './src/site',
  publicDir: './src/site/public',
  outDir: './dist',
  site: site?.url,
  base: site?.base ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  telemetry: false,
} as Parameters<typeof defineConfig>[0]);
