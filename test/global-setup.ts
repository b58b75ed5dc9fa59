// Builds the sample site once for the tests that read dist/ or drive a browser.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SITE_NOW = '2026-12-03T09:00:00+08:00';

export default function setup({ provide }: { provide: (key: string, value: string) => void }) {
  // Every temporary directory of the run lives under one root, removed at the end.
  const root = mkdtempSync(join(tmpdir(), 'jiesu-tests-'));
  process.env.JIESU_TEST_TMP = root;
  const out = process.env.JIESU_TEST_SITE ?? join(root, 'site');
  if (!existsSync(join(out, 'index.html')))
    execFileSync(process.execPath, ['src/cli/build.ts', '--out', out, '--now', SITE_NOW], { stdio: 'inherit' });
  provide('siteDir', out);
  return () => rmSync(root, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
