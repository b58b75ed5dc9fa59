// Manager insights (core/insights.ts) and CSV (core/csv.ts) on small hand-made ledgers; every
// expected figure below is computed by hand from the records in the test.
import { describe, it, expect } from 'vitest';
import { computeStats, factsOf, type StatsOptions } from '../src/core/stats.ts';
import { computeInsights, hotspotGroups, hotspotsOf, contractorScorecard, insightsConfig } from '../src/core/insights.ts';
import { toCsv, csvCell, BOM } from '../src/core/csv.ts';
import { parseIso, toShanghaiIso } from '../src/core/time.ts';
import type { Complaint, ComplaintRecord } from '../src/core/record.ts';
import type { ClockResult } from '../src/core/sla.ts';
import { sampleConfig } from './helpers.ts';

const cfg = sampleConfig();
const H = 3600_000;

interface Spec {
  at: string;
  building?: string;
  window?: string;
  room?: string;
  category?: string;
  /** Hours after receipt to a resolution; absent: still in progress. */
  resolveAfter?: number;
  reopenAfter?: number;
  status?: ComplaintRecord['status'];
  endAfter?: number;
  contractor?: string;
  owner?: string;
  teams?: string[];
  satisfaction?: 'satisfied' | 'neutral' | 'dissatisfied' | 'unreachable';
}

let seq = 0;
function complaint(s: Spec): Complaint {
  const t = parseIso(s.at);
  const iso = (h: number) => toShanghaiIso(t + h * H);
  const timeline: ComplaintRecord['timeline'] = [{ at: s.at, status: 'received', public: false }, { at: iso(1), status: 'in_progress', public: true }];
  let status: ComplaintRecord['status'] = 'in_progress';
  if (s.resolveAfter !== undefined) { timeline.push({ at: iso(s.resolveAfter), status: 'resolved', public: true }); status = 'resolved'; }
  if (s.reopenAfter !== undefined) {
    timeline.push({ at: iso(s.reopenAfter), status: 'reopened', public: true }, { at: iso(s.reopenAfter + 2), status: 'resolved', public: true });
  }
  if (s.status && s.endAfter !== undefined) { timeline.push({ at: iso(s.endAfter), status: s.status, public: true }); status = s.status; }
  const id = `${s.at.slice(2, 4)}${s.at.slice(5, 7)}-${String(++seq).padStart(4, '0')}`;
  const data = {
    id, title: 't', received_at: s.at, channel: 'onsite', complainant: 'student', occurred_at: s.at.slice(0, 10),
    place: { building: s.building ?? 'canteen-1', window: s.window, room: s.room },
    category: s.category ?? 'canteen-hygiene', urgency: 'general', responsibility: s.contractor ? 'external' : 'internal',
    contractor: s.contractor, demand: 'repair', owner: s.owner ?? 'catering-duty', teams: s.teams ?? [], related: [],
    status, timeline,
    satisfaction: s.satisfaction && { at: iso(100), result: s.satisfaction },
  } as ComplaintRecord;
  return { file: `x/${id}.md`, data, body: '' };
}

const clock = (state: ClockResult['state'], everBreached = false): ClockResult =>
  ({ clock: 'x', state, start: 0, used: 0, unknownYears: [], cycles: 1, everBreached });
const opts: StatsOptions = { teamOf: (o) => cfg.staff.get(o)?.team, roleOf: (o) => cfg.staff.get(o)?.role };

describe('recurring hotspots', () => {
  const ledger = [
    // canteen-1 面食窗口, hygiene: 20 Oct, 5 Nov, 18 Nov (the first reopened): 29 days apart at most.
    complaint({ at: '2026-10-20T12:00:00+08:00', window: '面食窗口', resolveAfter: 5, reopenAfter: 30 }),
    complaint({ at: '2026-11-05T12:00:00+08:00', window: '面食窗口', resolveAfter: 5 }),
    complaint({ at: '2026-11-18T12:00:00+08:00', window: '面食窗口', resolveAfter: 5 }),
    // The same canteen without a window: another place, only two complaints.
    complaint({ at: '2026-11-06T12:00:00+08:00' }),
    complaint({ at: '2026-11-07T12:00:00+08:00' }),
    // east-dorm-b water: 1 Nov 10:00, 15 Nov, 30 Nov 09:00 (29 d 23 h after the first), 2 Dec.
    complaint({ at: '2026-11-01T10:00:00+08:00', building: 'east-dorm-b', category: 'water-power', room: '503' }),
    complaint({ at: '2026-11-15T10:00:00+08:00', building: 'east-dorm-b', category: 'water-power', room: '507' }),
    complaint({ at: '2026-11-30T09:00:00+08:00', building: 'east-dorm-b', category: 'water-power', room: '503' }),
    complaint({ at: '2026-12-02T10:00:00+08:00', building: 'east-dorm-b', category: 'water-power', room: '511' }),
    // east-dorm-a cleaning: two real complaints and a duplicate: not a hotspot.
    complaint({ at: '2026-11-02T10:00:00+08:00', building: 'east-dorm-a', category: 'cleaning' }),
    complaint({ at: '2026-11-03T10:00:00+08:00', building: 'east-dorm-a', category: 'cleaning' }),
    complaint({ at: '2026-11-03T11:00:00+08:00', building: 'east-dorm-a', category: 'cleaning', status: 'duplicate', endAfter: 1 }),
  ];
  const ids = ledger.map((c) => c.data.id);
  const groups = hotspotGroups(ledger.map((c) => factsOf(c)));
  const o = { minCount: 3, windowDays: 30 };

  it('finds the same place and problem within a rolling window, latest in the month', () => {
    const nov = hotspotsOf(groups, '2026-11', o);
    expect(nov.map((h) => [h.building, h.window, h.category, h.ids, h.inMonth, h.reopened, h.rooms])).toEqual([
      // Same size: more of them in the month comes first.
      ['east-dorm-b', undefined, 'water-power', [ids[5], ids[6], ids[7]], 3, 0, ['503', '507']],
      ['canteen-1', '面食窗口', 'canteen-hygiene', [ids[0], ids[1], ids[2]], 2, 1, []],
    ]);
    expect(nov[1]!.first).toBe(parseIso('2026-10-20T12:00:00+08:00'));
    expect(nov[1]!.last).toBe(parseIso('2026-11-18T12:00:00+08:00'));
  });

  it('does not report a month where none of the window falls', () => {
    // In October only one 面食窗口 complaint had come in.
    expect(hotspotsOf(groups, '2026-10', o)).toEqual([]);
  });

  it('slides the window: December keeps only what lies within 30 days of a December complaint', () => {
    // (2 Nov 10:00, 2 Dec 10:00] holds 15 Nov, 30 Nov and 2 Dec; 1 Nov is 31 days back.
    const dec = hotspotsOf(groups, '2026-12', o);
    expect(dec.map((h) => [h.building, h.ids, h.inMonth])).toEqual([['east-dorm-b', [ids[6], ids[7], ids[8]], 1]]);
  });

  it('counts exactly windowDays apart as outside the window', () => {
    const g = hotspotGroups([
      complaint({ at: '2026-11-01T10:00:00+08:00', building: 'west-dorm-1' }),
      complaint({ at: '2026-11-10T10:00:00+08:00', building: 'west-dorm-1' }),
      complaint({ at: '2026-12-01T10:00:00+08:00', building: 'west-dorm-1' }),
    ].map((c) => factsOf(c)));
    expect(hotspotsOf(g, '2026-12', o)).toEqual([]);
    expect(hotspotsOf(g, '2026-12', { minCount: 3, windowDays: 31 })).toHaveLength(1);
    expect(hotspotsOf(g, '2026-12', { minCount: 2, windowDays: 30 })).toHaveLength(1);
  });

  it('has validated defaults in the config', () => {
    expect(insightsConfig.parse(undefined)).toEqual({ hotspots: { min_count: 3, window_days: 30, max_listed: 20 } });
    expect(insightsConfig.safeParse({ hotspots: { min_count: 1 } }).success).toBe(false);
    expect(insightsConfig.safeParse({ hotspots: { typo: 1 } }).success).toBe(false);
    expect(cfg.config.insights.hotspots.min_count).toBe(3);
  });
});

describe('contractor scorecard', () => {
  it('counts complaints, on-time clocks, satisfaction and the median time to resolve', () => {
    const a = complaint({ at: '2026-11-03T10:00:00+08:00', contractor: 'hefeng-catering', resolveAfter: 10, satisfaction: 'satisfied' });
    const b = complaint({ at: '2026-11-04T10:00:00+08:00', contractor: 'hefeng-catering', resolveAfter: 30, satisfaction: 'dissatisfied' });
    const c = complaint({ at: '2026-11-05T10:00:00+08:00', contractor: 'kuaida-parcel', satisfaction: 'unreachable' });
    const d = complaint({ at: '2026-11-05T11:00:00+08:00' });
    const clocks = new Map<string, ClockResult[]>([
      [a.data.id, [clock('met'), clock('breached')]],
      [b.data.id, [clock('met'), clock('running')]],
      [c.data.id, [clock('met', true), clock('paused')]],
      [d.data.id, [clock('breached')]],
    ]);
    const rows = contractorScorecard([a, b, c, d].map((x) => factsOf(x, { clocks: (y) => clocks.get(y.data.id)! })));
    expect(rows.map((r) => [r.contractor, r.count, r.clocksMet, r.clocksFinished, r.onTimeRate, r.satisfaction.reached, r.satisfaction.rate, r.medianResolveHours])).toEqual([
      // a: met + breached, b: met (running does not count) → 2 of 3; satisfied 1 of 2 reached; (10 + 30) / 2 h.
      ['hefeng-catering', 2, 2, 3, 2 / 3, 2, 0.5, 20],
      // Met after an earlier breach counts as breached; nobody reached; nothing resolved.
      ['kuaida-parcel', 1, 0, 1, 0, 0, undefined, undefined],
    ]);
  });
});

describe('workload and month-over-month change', () => {
  const now = parseIso('2026-12-03T09:00:00+08:00');
  const ledger = [
    // October: resolved on 3 Nov (open at the end of October, resolved in November).
    complaint({ at: '2026-10-25T10:00:00+08:00', owner: 'repair-lead', resolveAfter: 9 * 24, category: 'water-power' }),
    // October: resolved the same day.
    complaint({ at: '2026-10-26T10:00:00+08:00', owner: 'repair-duty', resolveAfter: 4, category: 'water-power' }),
    // November, hotline staff (two handles, one team and role): one open, one withdrawn the next day.
    complaint({ at: '2026-11-10T10:00:00+08:00', owner: 'desk-duty-1', teams: ['repair', 'service-desk'] }),
    complaint({ at: '2026-11-12T10:00:00+08:00', owner: 'desk-duty-2', status: 'withdrawn', endAfter: 24, teams: ['service-desk'] }),
    // November, repair: resolved in 2 h.
    complaint({ at: '2026-11-20T10:00:00+08:00', owner: 'repair-lead', resolveAfter: 2, teams: ['repair'] }),
  ];
  const breachedId = ledger[4]!.data.id;
  const stats = computeStats(ledger, now, { ...opts, clocks: (c) => (c.data.id === breachedId ? [clock('met', true)] : [clock('met')]), clockIds: ['x'] });
  const ins = computeInsights(stats, now, { minCount: 3, windowDays: 30 });

  it('groups owners by team and role, never by handle', () => {
    const nov = ins.get('2026-11')!;
    expect(nov.owners).toEqual([
      // received + open at end: hotline 2 + 1, 维修组长 1 + 0 (its Oct complaint was resolved 3 Nov).
      { team: 'service-desk', role: '热线值班员', received: 2, resolvedInMonth: 0, openAtEnd: 1, breached: 0 },
      { team: 'repair', role: '维修组长', received: 1, resolvedInMonth: 2, openAtEnd: 0, breached: 1 },
    ]);
    expect(JSON.stringify(nov)).not.toMatch(/desk-duty|repair-lead/);
    expect(nov.teams).toEqual([
      { team: 'service-desk', received: 2, resolvedInMonth: 0, openAtEnd: 1, breached: 0, involved: 2 },
      { team: 'repair', received: 1, resolvedInMonth: 2, openAtEnd: 0, breached: 1, involved: 2 },
    ]);
  });

  it('counts open at the end of a month, and at `now` for the current month', () => {
    const oct = ins.get('2026-10')!;
    expect(oct.teams).toEqual([{ team: 'repair', received: 2, resolvedInMonth: 1, openAtEnd: 1, breached: 0, involved: 0 }]);
    // December: nothing new, the open hotline complaint still open at now.
    expect(ins.get('2026-12')!.teams).toEqual([{ team: 'service-desk', received: 0, resolvedInMonth: 0, openAtEnd: 1, breached: 0, involved: 0 }]);
  });

  it('compares the headline figures and the categories with the previous month', () => {
    const ch = Object.fromEntries(ins.get('2026-11')!.change.map((c) => [c.key, [c.current, c.previous]]));
    expect(ch.received).toEqual([3, 2]);
    expect(ch.resolvedInMonth).toEqual([2, 1]);
    // October: 4 h and 216 h → median 110 h; November: only the 2 h one is resolved.
    expect(ch.medianResolveHours).toEqual([2, 110]);
    expect(ch.onTimeRate).toEqual([2 / 3, 1]);
    expect(ch.breached).toEqual([1, 0]);
    expect(ch.satisfactionRate).toEqual([undefined, undefined]);
    expect(ins.get('2026-10')!.change.find((c) => c.key === 'received')).toEqual({ key: 'received', current: 2, previous: undefined });
    expect(ins.get('2026-11')!.categoryChange).toEqual([
      { key: 'canteen-hygiene', current: 3, previous: 0 },
      { key: 'water-power', current: 0, previous: 2 },
    ]);
  });
});

describe('a month still running', () => {
  // Now is 3 Dec 09:00: December has run 2 days 9 hours, so "the same period" of November ends 3 Nov 09:00.
  const now = parseIso('2026-12-03T09:00:00+08:00');
  const ledger = [
    complaint({ at: '2026-11-01T08:00:00+08:00', resolveAfter: 2, category: 'water-power' }), // in the period, resolved 1 Nov
    complaint({ at: '2026-11-03T08:59:00+08:00', resolveAfter: 30, category: 'water-power' }), // in the period, resolved 4 Nov (after it)
    complaint({ at: '2026-11-03T09:00:00+08:00', category: 'canteen-hygiene' }), // the period's end: outside
    complaint({ at: '2026-11-20T10:00:00+08:00', category: 'canteen-hygiene' }),
    complaint({ at: '2026-12-01T10:00:00+08:00', resolveAfter: 3, category: 'water-power' }),
    complaint({ at: '2026-12-02T10:00:00+08:00', category: 'water-power' }),
  ];
  const stats = computeStats(ledger, now, { ...opts, clocks: () => [clock('met')], clockIds: ['x'] });
  const ins = computeInsights(stats, now, { minCount: 3, windowDays: 30 });

  it('compares counts with the same elapsed span of last month and holds the rest', () => {
    const dec = ins.get('2026-12')!;
    expect(dec.partial).toEqual({ until: now, previousUntil: parseIso('2026-11-03T09:00:00+08:00') });
    const ch = Object.fromEntries(dec.change.map((c) => [c.key, c]));
    expect(ch.received).toEqual({ key: 'received', current: 2, previous: 2, basis: 'same-period' });
    expect(ch.resolvedInMonth).toEqual({ key: 'resolvedInMonth', current: 1, previous: 1, basis: 'same-period' });
    expect(ch.onTimeRate!.basis).toBe('incomplete');
    expect(ch.medianResolveHours!.basis).toBe('incomplete');
    // water-power 2 against 2 is no change and is left out; canteen-hygiene 0 against 0 never appears.
    expect(dec.categoryChange).toEqual([]);
    // November is over: whole-month comparison, no basis.
    expect(ins.get('2026-11')!.partial).toBeUndefined();
    expect(ins.get('2026-11')!.change.every((c) => c.basis === undefined)).toBe(true);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180, keeps formulas from running and starts with a BOM', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const s of ['+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(s).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('第一食堂 面食窗口')).toBe('第一食堂 面食窗口');
    expect(toCsv([['a', 'b'], ['1', '']])).toBe(`${BOM}a,b\r\n1,\r\n`);
  });
});
