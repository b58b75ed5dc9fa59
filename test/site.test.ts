// The built site (dist of the sample ledger): pages exist, figures are the sample's, nothing private leaks.
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/adapters/config-file.ts';
import { loadLedger } from '../src/adapters/ledger.ts';
import { computeStats } from '../src/core/stats.ts';
import { parseIso } from '../src/core/time.ts';
import { SITE_NOW } from './global-setup.ts';

const dir = inject('siteDir');
const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const now = parseIso(SITE_NOW);
const config = loadConfig('jiesu.config.yaml').config!;
const ledger = loadLedger({ dir: 'complaints', config, now });
const stats = computeStats(ledger.complaints, now);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('dist/', () => {
  it('holds the status home, the report index, every month and a page per complaint', () => {
    for (const p of ['index.html', 'reports/index.html', '404.html', 'lookup/index.html']) expect(existsSync(join(dir, p)), p).toBe(true);
    for (const m of stats.months) expect(existsSync(join(dir, 'reports', m, 'index.html')), m).toBe(true);
    const pages = readdirSync(join(dir, 'c')).filter((p) => p !== 'ids');
    expect(pages.sort()).toEqual(ledger.complaints.map((c) => c.data.id).sort());
    expect(pages).not.toContain('_shell');
  });

  it('lists each month\'s tracking ids for the lookup box', () => {
    const ids = JSON.parse(read('c/ids/2611.json')) as string[];
    expect(ids).toEqual(ledger.complaints.map((c) => c.data.id).filter((id) => id.startsWith('2611-')).sort());
  });

  it('shows the 2026-11 report with the sample figures', () => {
    const r = stats.reports.get('2026-11')!;
    expect(r.received).toBeGreaterThan(20);
    const html = read('reports/2026-11/index.html');
    const t = text(html);
    expect(t).toContain(`${r.received} 受理 received`);
    expect(t).toContain(`${r.resolved} 其中已办结 resolved`);
    const top = r.byCategory[0]!;
    expect(t).toContain(`${config.categories.get(top.key)!.name} ${top.count}`);
    expect(html).toContain('id="sla"');
  });

  it('shows this month at a glance and the open complaints on the home page', () => {
    const t = text(read('index.html'));
    const open = stats.facts.filter((f) => f.open);
    expect(t).toContain(`${open.length} 当前未办结 open now`);
    for (const f of open.slice(0, 5)) expect(t).toContain(f.id);
  });

  it('never renders internal notes or staff handles', () => {
    let checked = 0;
    for (const c of ledger.complaints) {
      const html = read(`c/${c.data.id}/index.html`);
      for (const e of c.data.timeline) {
        if (e.note && !e.public && !c.data.timeline.some((o) => o.public && o.note === e.note)) {
          expect(html, `${c.data.id} internal note`).not.toContain(e.note);
          checked++;
        }
      }
      expect(html).not.toMatch(new RegExp(`>\\s*${c.data.owner}\\s*<`));
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('keeps the status page light', () => {
    expect(Buffer.byteLength(read('index.html'))).toBeLessThan(400_000);
  });
});
