// Builds the sample site once for the tests that read dist/ or drive a browser.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SITE_NOW = '2026-12-03T09:00:00+08:00';

export default function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const out = process.env.JIESU_TEST_SITE ?? mkdtempSync(join(tmpdir(), 'jiesu-site-'));
  if (!existsSync(join(out, 'index.html')))
    execFileSync(process.execPath, ['src/cli/build.ts', '--out', out, '--now', SITE_NOW], { stdio: 'inherit' });
  provide('siteDir', out);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
