// Real Chromium (Debian's, no download) against the built sample site served over HTTP.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserEnv } from './browser-env.ts';
import { loadConfig } from '../src/adapters/config-file.ts';
import { loadLedger } from '../src/adapters/ledger.ts';
import { computeStats } from '../src/core/stats.ts';
import { parseIso } from '../src/core/time.ts';
import { SITE_NOW } from './global-setup.ts';

let env: BrowserEnv;
const errors: string[] = [];

async function open(path: string, width = 360): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height: 800 } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(env.url + path);
  return page;
}

const config = loadConfig('jiesu.config.yaml').config!;
const ledger = loadLedger({ dir: 'complaints', config, now: parseIso(SITE_NOW) });
const stats = computeStats(ledger.complaints, parseIso(SITE_NOW));

beforeAll(async () => { env = await startBrowser(inject('siteDir')); });
afterAll(async () => { await env?.close(); });

describe('monthly report in a browser', () => {
  it('draws every chart from its table', async () => {
    const page = await open('/reports/2026-11/', 1024);
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => !f.querySelector('canvas') || (f as HTMLElement).dataset.drawn));
    const charts = await page.$$eval('figure.chart', (figs) => figs.map((f) => {
      const canvas = f.querySelector('canvas');
      if (!canvas) return { id: f.id, rows: 0, painted: 0, w: 0 };
      const ctx = canvas.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return { id: f.id, rows: f.querySelectorAll('tbody tr').length, painted, w: canvas.width };
    }));
    expect(charts.map((c) => c.id)).toEqual([
      'on-time', 'breach-category', 'breach-team', 'breach-contractor',
      'trend', 'by-category', 'by-building', 'by-urgency', 'by-channel', 'by-responsibility', 'by-contractor', 'workload-team',
    ]);
    for (const c of charts) {
      expect(c.rows, c.id).toBeGreaterThan(0);
      expect(c.painted, `${c.id} has pixels`).toBeGreaterThan(500);
    }
    // The table beside the chart holds the real figures of the sample.
    const r = stats.reports.get('2026-11')!;
    const trendLast = await page.$eval('#trend tbody tr:last-child', (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(trendLast).toEqual([String(r.received), String(r.resolvedInMonth)]);
    await page.close();
  });

  it('fits a 360 px phone without sideways scrolling of the page', async () => {
    for (const path of ['/', '/reports/2026-11/', `/c/${ledger.complaints.at(-1)!.data.id}.html`]) {
      const page = await open(path, 360);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
      await page.close();
    }
  });
});

describe('lookup by tracking number', () => {
  it('opens the complaint page when found, with full-width digits and no dash', async () => {
    const id = ledger.complaints[10]!.data.id;
    const page = await open('/');
    const typed = id.replace('-', '').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    await page.fill('#lookup-id', typed);
    await Promise.all([page.waitForURL(`**/c/${id}.html`), page.click('form[data-lookup] button')]);
    expect(await page.textContent('h1')).toContain(id);
    await page.close();
  });

  it('says clearly when a complaint is not found', async () => {
    const page = await open('/');
    await page.fill('#lookup-id', '2611-9999');
    await page.click('form[data-lookup] button');
    await expect.poll(() => page.textContent('form[data-lookup] output')).toContain('未找到');
    expect(page.url()).toBe(env.url + '/');
    await page.fill('#lookup-id', 'abc');
    await page.click('form[data-lookup] button');
    await expect.poll(() => page.textContent('form[data-lookup] output')).toContain('不是有效的投诉编号');
    await page.close();
  });
});

describe('pages', () => {
  it('render without console errors', () => {
    expect(errors).toEqual([]);
  });
});
