// Astro builds the public site from the ledger. The site's URL and base path come from
// jiesu.config.yaml, so the organisation config stays the one place to set them.
import { defineConfig } from 'astro/config';
import { loadConfig } from './src/adapters/config-file.ts';

const { config } = loadConfig();
const site = config?.config.site;

// Complaint pages are flat files, c/<id>.html (see src/site/pages/c/[id].html.astro); Astro's dev
// server knows that route as c/<id>.html/, so dev requests get the slash added before routing.
const devComplaintPages = {
  name: 'jiesu-dev-complaint-pages',
  configureServer(server: { middlewares: { use: (fn: (req: { url?: string }, res: unknown, next: () => void) => void) => void } }) {
    server.middlewares.use((req, _res, next) => {
      if (req.url) req.url = req.url.replace(/^([^?#]*\/c\/[^/?#]+\.html)(?=[?#]|$)/, '$1/');
      next();
    });
  },
};

export default defineConfig({
  srcDir: './src/site',
  publicDir: './src/site/public',
  outDir: './dist',
  site: site?.url,
  base: site?.base ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { plugins: [devComplaintPages] },
});
