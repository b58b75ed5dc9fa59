// The built monthly reports: planted hotspots on the right pages, the month's CSV, page weight.
import { describe, it, expect, inject } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/adapters/config-file.ts';
import { loadLedger } from '../src/adapters/ledger.ts';
import { addMonths, parseIso, monthKey } from '../src/core/time.ts';
import { PLANTED_HOTSPOTS } from '../src/sample/hotspots.ts';
import { CSV_HEADER } from '../src/site/lib/report-csv.ts';
import { SITE_NOW } from './global-setup.ts';

const dir = inject('siteDir');
const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const now = parseIso(SITE_NOW);
const config = loadConfig('jiesu.config.yaml').config!;
const ledger = loadLedger({ dir: 'complaints', config, now });
const monthOf = (c: (typeof ledger.complaints)[number]) => monthKey(parseIso(c.data.received_at));

/** Hotspot rows of a report page: their data attributes and the complaint ids they link. */
function hotspotRows(month: string) {
  const html = read(`reports/${month}/index.html`);
  return [...html.matchAll(/<tr data-building="([^"]*)" data-category="([^"]*)" data-window(?:="([^"]*)")?[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
    building: m[1], category: m[2], window: m[3] ?? '', ids: [...m[4]!.matchAll(/href="\/c\/([\d-]+)\.html"/g)].map((x) => x[1]),
  }));
}

describe('recurring hotspots on the monthly pages', () => {
  it.each(PLANTED_HOTSPOTS.map((h) => [h.month, h.building, h] as const))('%s %s: the planted hotspot is listed with its complaints', (month, building, h) => {
    const same = ledger.complaints.filter((c) => monthOf(c) === month && c.data.place.building === building
      && c.data.category === h.category && (!h.window || c.data.place.window === h.window));
    // The planted cluster: its last record lists the earlier ones in `related`.
    const last = same.reduce((a, b) => (b.data.related.length > a.data.related.length ? b : a));
    const planted = [...last.data.related, last.data.id];
    expect(planted.length).toBeGreaterThanOrEqual(h.minCount);
    const rows = hotspotRows(month).filter((r) => r.building === building && r.category === h.category && r.window === (h.window ?? ''));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.ids).toEqual(expect.arrayContaining(planted));
    // Root-cause candidates come first: the planted cluster is among the top two of its month.
    expect(hotspotRows(month).slice(0, 2).map((r) => r.building)).toContain(building);
    // And it is not on the page of the month before, when it had not started.
    expect(hotspotRows(addMonths(month, -1)).filter((r) => r.building === building && r.category === h.category)).toEqual([]);
  });

  it('shows workload by team and role, never staff handles', () => {
    const html = read('reports/2026-11/index.html');
    expect(html).toContain('id="workload"');
    expect(html).toContain('膳食科 · 膳食科值班员');
    for (const s of config.config.staff) expect(html, s.handle).not.toContain(s.handle);
    expect(html).toContain('id="contractors"');
    expect(html).toContain('禾丰餐饮(一食堂)');
  });
});

/** RFC 4180 parser that refuses what the RFC does not allow (stray quotes, unterminated fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i++;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') { i++; continue; }
    if (text[i] === '\r' && text[i + 1] === '\n') { i += 2; rows.push(row); row = []; continue; }
    if (i >= text.length) { rows.push(row); break; }
    throw new Error(`bad character after field at ${i}: ${JSON.stringify(text[i])}`);
  }
  return rows;
}

describe('the month as CSV', () => {
  const month = '2026-11';
  const raw = readFileSync(join(dir, `reports/${month}.csv`));

  it('is linked from the month page', () => {
    expect(read(`reports/${month}/index.html`)).toContain(`href="/reports/${month}.csv"`);
  });

  it('is UTF-8 with a BOM, parses as RFC 4180 and holds every complaint of the month', () => {
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(0, -2));
    expect(rows[0]).toEqual(CSV_HEADER);
    for (const r of rows) expect(r).toHaveLength(CSV_HEADER.length);
    const cohort = ledger.complaints.filter((c) => monthOf(c) === month);
    expect(rows.slice(1).map((r) => r[0])).toEqual(cohort.map((c) => c.data.id).sort());
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    for (const c of cohort) {
      const r = byId.get(c.data.id)!;
      expect(r[1]).toBe(c.data.title);
      expect(r[CSV_HEADER.length - 2]).toBe(c.body.trim());
      expect(r.at(-1)).toBe(`${config.config.site.url}/c/${c.data.id}.html`);
    }
    // The CSV quotes commas, quotes and line breaks from the records: some bodies have them.
    expect(cohort.some((c) => /[,"\n，]/.test(c.body))).toBe(true);
  });

  it('holds public fields only: no internal notes, follow-up notes or staff handles', () => {
    let internal = 0;
    for (const m of [month, '2026-01', '2026-07']) {
      const text = readFileSync(join(dir, `reports/${m}.csv`), 'utf8');
      const cells = parseCsv(text.slice(1, -2)).flat();
      for (const c of ledger.complaints.filter((x) => monthOf(x) === m)) {
        for (const e of c.data.timeline) {
          if (e.note && !e.public && !c.data.timeline.some((o) => o.public && o.note === e.note)) {
            expect(text, `${c.data.id} internal note`).not.toContain(e.note);
            internal++;
          }
        }
        if (c.data.satisfaction?.note) expect(text).not.toContain(c.data.satisfaction.note);
      }
      for (const s of config.config.staff) expect(cells, s.handle).not.toContain(s.handle);
      expect(text).not.toMatch(new RegExp(`\\b(${config.config.staff.map((s) => s.handle).join('|')})\\b`));
      // Formula injection: no cell starts like a formula.
      expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    }
    expect(internal).toBeGreaterThan(10);
  });
});

/** Bytes a browser loads for a page: the HTML, its stylesheets and scripts and their imports, gzipped. */
function pageWeight(page: string): { files: { file: string; gzip: number }[]; total: number } {
  const seen = new Set<string>();
  const files: { file: string; gzip: number }[] = [];
  const add = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const body = readFileSync(join(dir, rel));
    files.push({ file: rel, gzip: gzipSync(body).length });
    const text = body.toString('utf8');
    const refs = rel.endsWith('.html')
      ? [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => /\.(js|css)$/.test(u))
      : rel.endsWith('.js') ? [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!) : [];
    for (const u of refs) {
      expect(u, 'no third-party resources').not.toMatch(/^(https?:)?\/\//);
      add(u.startsWith('/') ? u.slice(1) : join(dirname(rel), u));
    }
  };
  add(page);
  return { files, total: files.reduce((s, f) => s + f.gzip, 0) };
}

describe('report page weight', () => {
  it('stays within 120 KB gzipped with its charts, scripts and styles', () => {
    const months = ledger.complaints.map(monthOf);
    let heaviest = { month: '', total: 0, files: [] as { file: string; gzip: number }[] };
    for (const m of new Set(months)) {
      const w = pageWeight(`reports/${m}/index.html`);
      expect(w.files.some((f) => f.file.endsWith('.js')), 'the chart script is counted').toBe(true);
      if (w.total > heaviest.total) heaviest = { month: m, ...w };
    }
    expect(existsSync(join(dir, 'reports', heaviest.month, 'index.html'))).toBe(true);
    console.log(`heaviest report page ${heaviest.month}: ${(heaviest.total / 1024).toFixed(1)} KB gzipped (${heaviest.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')})`);
    expect(heaviest.total).toBeLessThanOrEqual(120 * 1024);
  });
});
