// The public pages in Debian's Chromium: search, filters, English pages, accessibility (axe-core),
// page weight, no JavaScript, and no request leaving the site.
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Page, BrowserContextOptions } from 'playwright-core';
import { startBrowser, type BrowserEnv } from './browser-env.ts';
import { loadConfig } from '../src/adapters/config-file.ts';
import { loadLedger } from '../src/adapters/ledger.ts';
import { parseIso } from '../src/core/time.ts';
import { OPEN_STATUSES } from '../src/core/record.ts';
import { SITE_NOW } from './global-setup.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let env: BrowserEnv;
const errors: string[] = [];
const outside: string[] = [];
const config = loadConfig('jiesu.config.yaml').config!;
const ledger = loadLedger({ dir: 'complaints', config, now: parseIso(SITE_NOW) });

async function open(path: string, opts: BrowserContextOptions & { width?: number } = {}): Promise<Page> {
  const ctx = await env.browser.newContext({ viewport: { width: opts.width ?? 360, height: 800 }, ...opts });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${path}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(env.url + '/') && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.goto(env.url + path);
  return page;
}
const done = (page: Page) => page.context().close();

beforeAll(async () => { env = await startBrowser(inject('siteDir')); });
afterAll(async () => { await env?.close(); });

describe('search', () => {
  it('finds complaints by a Chinese word and opens one', async () => {
    // 滤网 (a filter screen): the word behind the sample's dirty-bowls hotspot.
    const hits = ledger.complaints.filter((c) => `${c.data.title}\n${c.body}\n${c.data.timeline.map((e) => (e.public ? e.note : '')).join('\n')}`.includes('滤网'));
    expect(hits.length).toBeGreaterThan(0);
    const page = await open('/search/');
    await page.fill('#search-q', '滤网');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.textContent('#search-status'), { timeout: 15_000 }).toMatch(/找到 \d+ 条/);
    const results = await page.$$eval('[data-results] li', (lis) => lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), text: li.textContent, marks: li.querySelectorAll('mark').length })));
    expect(results.length).toBeGreaterThan(0);
    expect(results.some((r) => r.marks > 0)).toBe(true);
    const ids = results.map((r) => /\/c\/(\d{4}-\d{4,5})\.html$/.exec(r.href ?? '')?.[1]).filter(Boolean);
    expect(ids.some((id) => hits.some((h) => h.data.id === id))).toBe(true);
    expect(page.url()).toContain('q=');
    await Promise.all([page.waitForURL('**/c/**'), page.click('[data-results] li a')]);
    expect(await page.textContent('h1')).toMatch(/\d{4}-\d{4}/);
    await done(page);
  });

  it('says so when nothing matches, and reads the query from the address', async () => {
    const page = await open('/search/?q=' + encodeURIComponent('鳄鱼'));
    await expect.poll(() => page.textContent('#search-status'), { timeout: 15_000 }).toContain('没有找到');
    expect(await page.$$('[data-results] li')).toHaveLength(0);
    await done(page);
  });
});

describe('filters', () => {
  it('combine status, category and building in place, and each single filter has its own page', async () => {
    const page = await open('/list/', { width: 1024 });
    const all = await page.$$eval('ul.items > li', (l) => l.length);
    expect(all).toBeGreaterThan(10);
    await page.selectOption('select[name=status]', 'open');
    const opened = await page.$$eval('ul.items > li:not([hidden])', (l) => l.map((li) => (li as HTMLElement).dataset.status!));
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.length).toBeLessThan(all);
    for (const s of opened) expect(OPEN_STATUSES.has(s as never), s).toBe(true);
    const cat = (await page.$eval('ul.items > li:not([hidden])', (li) => (li as HTMLElement).dataset.category))!;
    await page.selectOption('select[name=category]', cat);
    const both = await page.$$eval('ul.items > li:not([hidden])', (l) => l.map((li) => [(li as HTMLElement).dataset.status, (li as HTMLElement).dataset.category]));
    expect(both.length).toBeGreaterThan(0);
    for (const [s, c] of both) { expect(OPEN_STATUSES.has(s as never)).toBe(true); expect(c).toBe(cat); }
    expect(await page.textContent('form[data-filters] output')).toContain(`显示 ${both.length} / ${all} 件`);
    expect(page.url()).toContain(`status=open`);
    await done(page);

    // Without JavaScript, a single filter is a page of its own.
    const plain = await open(`/list/category/${cat}/`, { javaScriptEnabled: false });
    const cats = await plain.$$eval('ul.items > li', (l) => l.map((li) => (li as HTMLElement).dataset.category));
    expect(cats.length).toBeGreaterThan(0);
    expect(new Set(cats)).toEqual(new Set([cat]));
    await done(plain);
  });
});

describe('English pages', () => {
  it('show the status home, lookup and report index in English', async () => {
    const page = await open('/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('Complaint status');
    expect(await page.textContent('main')).toContain('open now');
    const id = ledger.complaints[20]!.data.id;
    await page.fill('#lookup-id', id);
    await Promise.all([page.waitForURL(`**/c/${id}.html`), page.click('form[data-lookup] button')]);
    await done(page);
    const lookup = await open('/en/lookup/?id=2611-9999');
    await expect.poll(() => lookup.textContent('form[data-lookup] output')).toMatch(/^Complaint 2611-9999 not found\..* 未找到投诉 2611-9999/);
    await done(lookup);
    const reports = await open('/en/reports/');
    expect(await reports.textContent('thead')).toContain('Received');
    expect(await reports.$$('tbody tr')).toHaveLength(new Set(ledger.complaints.map((c) => c.data.received_at.slice(0, 7))).size);
    await done(reports);
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const pages = ['/', '/en/', '/lookup/', '/list/', '/search/?q=空调', '/reports/', '/en/reports/', '/reports/2026-11/', `/c/${ledger.complaints.at(-1)!.data.id}.html`];
  it.each(pages.flatMap((p) => [[p, 1024], [p, 360]] as const))('%s at %i px has no serious or critical violations', async (path, width) => {
    const page = await open(path, { width });
    await page.waitForLoadState('networkidle');
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } })
        .axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await done(page);
  });
});

/** Bytes the page transferred, gzipped as a static host would serve them. */
async function weigh(path: string): Promise<{ kb: number; files: number }> {
  const ctx = await env.browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await ctx.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (r) => { if (r.url().startsWith(env.url)) bodies.push(r.body().catch(() => Buffer.alloc(0))); });
  await page.goto(env.url + path);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => !f.querySelector('canvas') || (f as HTMLElement).dataset.drawn));
  const all = await Promise.all(bodies);
  await ctx.close();
  return { kb: all.reduce((s, b) => s + gzipSync(b).length, 0) / 1024, files: all.length };
}

describe('page weight', () => {
  it('status page ≤ 50 KB and report page ≤ 120 KB gzipped, with everything they load', async () => {
    const home = await weigh('/');
    const report = await weigh('/reports/2026-11/');
    console.log(`page weight (gzip): / ${home.kb.toFixed(1)} KB in ${home.files} files; /reports/2026-11/ ${report.kb.toFixed(1)} KB in ${report.files} files`);
    expect(home.kb).toBeLessThanOrEqual(50);
    expect(report.kb).toBeLessThanOrEqual(120);
    expect(report.files).toBeGreaterThan(1); // the chart script is counted
  });
});

describe('monthly report on a 360 px phone', () => {
  it('needs no sideways scrolling inside its tables, and gives every bar of a horizontal chart its own row', async () => {
    for (const month of ['2025-11', '2026-01', '2026-04', '2026-12']) {
      const other = await open(`/reports/${month}/`);
      const overflow = await other.$$eval('main .scroll', (els) => els.map((e) => [e.querySelector('caption, thead')?.textContent ?? '', e.scrollWidth - e.clientWidth] as const).filter(([, d]) => d > 1));
      expect(overflow, month).toEqual([]);
      await done(other);
    }
    const page = await open('/reports/2026-11/');
    await page.waitForFunction(() => [...document.querySelectorAll('figure.chart')].every((f) => !f.querySelector('canvas') || (f as HTMLElement).dataset.drawn));
    const overflow = await page.$$eval('main .scroll', (els) => els.map((e) => [e.closest('[id]')?.id ?? '', e.scrollWidth - e.clientWidth] as const).filter(([, d]) => d > 1));
    expect(overflow).toEqual([]);
    const bars = await page.$$eval('figure.chart[data-chart=hbar]', (figs) => figs.map((f) => [f.querySelectorAll('tbody tr').length, f.querySelector('.canvas')?.getBoundingClientRect().height ?? 0] as const));
    expect(bars.length).toBeGreaterThan(3);
    for (const [rows, height] of bars) expect(height).toBeGreaterThanOrEqual(rows * 26);
    // Every scrolling box can be reached from the keyboard.
    expect(await page.$$eval('.scroll:not([tabindex="0"])', (e) => e.length)).toBe(0);
    await done(page);
  });
});

describe('without JavaScript', () => {
  it('the status page still lists open complaints with working links', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    const links = await page.$$eval('ul.items a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    await Promise.all([page.waitForURL('**/c/**'), page.click('ul.items a')]);
    expect(await page.textContent('h1')).toMatch(/\d{4}-\d{4}/);
    expect(await page.$$('.timeline li')).not.toHaveLength(0);
    await done(page);
  });
});

describe('all pages above', () => {
  it('logged no console errors and asked nothing of GitHub or any third party', () => {
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
