// The built site (dist of the sample ledger): pages exist, figures are the sample's, nothing private leaks.
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/adapters/config-file.ts';
import { loadLedger } from '../src/adapters/ledger.ts';
import { computeStats } from '../src/core/stats.ts';
import { evaluate, policyOf } from '../src/core/sla.ts';
import { calendarFor } from '../src/adapters/calendar-data.ts';
import { parseIso } from '../src/core/time.ts';
import { SITE_NOW } from './global-setup.ts';

const dir = inject('siteDir');
const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const now = parseIso(SITE_NOW);
const config = loadConfig('jiesu.config.yaml').config!;
const ledger = loadLedger({ dir: 'complaints', config, now });
const policy = policyOf(config.config, calendarFor(config.config));
const stats = computeStats(ledger.complaints, now, {
  clocks: (c) => evaluate(c.data, policy, now),
  teamOf: (o) => config.staff.get(o)?.team,
  clockIds: policy.clocks.map(([id]) => id),
});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('dist/', () => {
  it('holds the status home, the report index, every month and a page per complaint', () => {
    for (const p of ['index.html', 'reports/index.html', '404.html', 'lookup/index.html']) expect(existsSync(join(dir, p)), p).toBe(true);
    for (const m of stats.months) expect(existsSync(join(dir, 'reports', m, 'index.html')), m).toBe(true);
    const pages = readdirSync(join(dir, 'c')).filter((p) => p !== 'ids');
    expect(pages.sort()).toEqual(ledger.complaints.map((c) => `${c.data.id}.html`).sort());
    expect(pages.some((p) => p.startsWith('_shell'))).toBe(false);
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
    // On-time rates per clock, from the same computation as `npm run sla`.
    const resolution = r.onTime.find((c) => c.clock === 'resolution')!;
    expect(resolution.finished).toBeGreaterThan(10);
    expect(t).toContain(`办结 3 个工作日 ${resolution.finished} ${resolution.met} ${(resolution.rate! * 100).toFixed(1)}%`);
  });

  it('shows this month at a glance and the open complaints on the home page', () => {
    const t = text(read('index.html'));
    const open = stats.facts.filter((f) => f.open);
    const month = stats.reports.get('2026-12')!;
    // This month's three figures add up; the all-months count stands apart.
    expect(t).toContain(`${month.received} 本月受理 received ${month.resolved} 其中已办结 resolved ${month.open} 其中未办结 still open`);
    expect(month.received).toBe(month.resolved + month.open + month.ended);
    expect(t).toContain(`${open.length} 当前未办结(各月合计)open now, all months`);
    for (const f of open.slice(0, 5)) expect(t).toContain(f.id);
  });

  it('never renders internal notes or staff handles', () => {
    let checked = 0;
    for (const c of ledger.complaints) {
      const html = read(`c/${c.data.id}.html`);
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

  it('shows due and overdue clocks on the status page and complaint pages', () => {
    const overdue = stats.facts.filter((f) => f.open && f.clocks.some((k) => k.at === undefined && k.state === 'breached'));
    expect(overdue.length).toBeGreaterThan(0);
    const home = text(read('index.html'));
    expect(home).toContain(`${overdue.length} 当前已超时未办结`);
    expect(home).toMatch(/已超时 \d/);
    const page = text(read(`c/${overdue[0]!.id}.html`));
    expect(page).toContain('服务时限');
    expect(page).toMatch(/办结已超时 \d/);
  });

  it('keeps the status page light', () => {
    expect(Buffer.byteLength(read('index.html'))).toBeLessThan(400_000);
  });
});
