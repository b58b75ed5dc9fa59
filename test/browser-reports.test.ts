// Monthly report in Debian's Chromium: printed on A4, on a 360 px phone, no outside requests.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserEnv } from './browser-env.ts';

/** A4 (210 mm) minus the 12 mm side margins of the print stylesheet, in CSS px (96 per inch). */
const A4_CONTENT_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96); // 703
let env: BrowserEnv;
const errors: string[] = [];
const outside: string[] = [];

async function open(path: string, width: number): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width, height: 1000 } });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(env.url + '/') && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.goto(env.url + path);
  await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => !f.querySelector('canvas') || (f as HTMLElement).dataset.drawn));
  return page;
}

beforeAll(async () => { env = await startBrowser(inject('siteDir')); });
afterAll(async () => { await env?.close(); });

describe('monthly report printed', () => {
  it('fits the A4 width with charts and tables visible and the navigation hidden', async () => {
    // Drawn on a wide screen first, as a manager would before pressing print.
    const page = await open('/reports/2026-11/', 1200);
    await page.setViewportSize({ width: A4_CONTENT_PX, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    // Let the charts' print listener resize them.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = await page.evaluate(() => {
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        return getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' && r.width > 0 && r.height > 0;
      };
      const painted = (c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
        return n;
      };
      return {
        pageWidth: document.documentElement.scrollWidth,
        navHidden: [...document.querySelectorAll('.top nav, .pager, .downloads, .skip')].map((e) => getComputedStyle(e).display),
        charts: [...document.querySelectorAll<HTMLElement>('figure.chart')].map((f) => {
          const c = f.querySelector('canvas');
          const r = c?.getBoundingClientRect();
          return { id: f.id, visible: !!c && visible(c), right: r?.right ?? 0, width: r?.width ?? 0, painted: c ? painted(c) : 0, table: visible(f.querySelector('table')!) };
        }),
        tables: [...document.querySelectorAll('main table')].map((t) => ({
          visible: visible(t), right: t.getBoundingClientRect().right,
          // Content scrolled out of a box is cut off on paper.
          cut: t.closest('.scroll') ? t.closest('.scroll')!.scrollWidth - t.closest('.scroll')!.clientWidth : 0,
          text: t.querySelector('th')?.textContent,
        })),
        sections: ['change', 'hotspots', 'contractors', 'workload', 'sla'].map((id) => [id, visible(document.getElementById(id)!)]),
      };
    });
    expect(m.pageWidth).toBeLessThanOrEqual(A4_CONTENT_PX);
    expect(m.navHidden).toEqual(['none', 'none', 'none', 'none']);
    expect(m.charts.length).toBeGreaterThanOrEqual(12);
    for (const c of m.charts) {
      expect(c.visible, c.id).toBe(true);
      expect(c.table, `${c.id} table`).toBe(true);
      expect(c.right, c.id).toBeLessThanOrEqual(A4_CONTENT_PX);
      expect(c.painted, `${c.id} drawn`).toBeGreaterThan(500);
    }
    expect(m.tables.length).toBeGreaterThan(15);
    for (const t of m.tables) {
      expect(t.visible, t.text ?? '').toBe(true);
      expect(t.right, t.text ?? '').toBeLessThanOrEqual(A4_CONTENT_PX);
      expect(t.cut, `${t.text} cut off`).toBeLessThanOrEqual(1);
    }
    expect(Object.fromEntries(m.sections)).toEqual({ change: true, hotspots: true, contractors: true, workload: true, sla: true });
    await page.close();
  });

  it('prints charts in proportion, from a wide window, with or without beforeprint', async () => {
    // Ctrl+P fires beforeprint; a PDF printer driven by a program may not. Neither may stretch a chart.
    for (const beforeprint of [true, false]) {
      const page = await open('/reports/2026-11/', 1280);
      if (beforeprint) await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shapes = await page.evaluate(() => [...document.querySelectorAll<HTMLCanvasElement>('figure.chart canvas')].map((c) => {
        const r = c.getBoundingClientRect();
        return { id: c.closest('figure')!.id, shown: r.width / r.height, drawn: c.width / c.height };
      }));
      expect(shapes.length).toBeGreaterThanOrEqual(12);
      for (const s of shapes) expect(Math.abs(s.shown / s.drawn - 1), `${s.id} beforeprint=${beforeprint}`).toBeLessThan(0.03);
      const breaks = await page.evaluate(() => [...document.querySelectorAll('figure.chart figcaption, dl.defs dt')].map((e) => getComputedStyle(e).breakAfter));
      expect(new Set(breaks)).toEqual(new Set(['avoid']));
      await page.close();
    }
  });

  it('prints to an A4 PDF', async () => {
    const page = await open('/reports/2026-11/', 1200);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((x) => [Math.round(Number(x[1])), Math.round(Number(x[2]))]);
    expect(boxes.length).toBeGreaterThan(1);
    // A4 in PDF points: 595 × 842.
    for (const b of boxes) expect(b).toEqual([595, 842]);
    expect(boxes.length).toBeLessThan(20);
    await page.close();
  });
});

describe('monthly report on a phone', () => {
  it('has no sideways page scrolling at 360 px on months with many hotspots', async () => {
    for (const month of ['2026-01', '2026-04', '2026-09', '2026-11']) {
      const page = await open(`/reports/${month}/`, 360);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), month).toBeLessThanOrEqual(360);
      await page.close();
    }
  });
});

describe('report pages', () => {
  it('make no requests outside the site and log no console errors', () => {
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
