// Debian's Chromium (no download) and a static server over the built sample site, for browser tests.
import { chromium, type Browser } from 'playwright-core';
import { serve } from './static-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserEnv {
  browser: Browser;
  /** Base URL of the served site, without a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

export async function startBrowser(siteDir: string): Promise<BrowserEnv> {
  const server = await serve(siteDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { browser, url: server.url, close: async () => { await browser.close(); await server.close(); } };
}
