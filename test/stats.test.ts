import { describe, it, expect } from 'vitest';
import { summarize, computeStats, homeSummary, factsOf } from '../src/core/stats.ts';
import { monthKey, monthStart, addMonths, parseIso, toShanghaiIso, formatShanghai, formatDurationZh, formatDurationEn } from '../src/core/time.ts';
import type { Complaint, ComplaintRecord } from '../src/core/record.ts';

/** A minimal complaint received at `at`, resolved `hours` later when given. */
function complaint(id: string, at: string, hours?: number, extra: Partial<ComplaintRecord> = {}): Complaint {
  const t = parseIso(at);
  const timeline: ComplaintRecord['timeline'] = [{ at, status: 'received', public: false }];
  if (hours !== undefined) timeline.push({ at: toShanghaiIso(t + hours * 3600_000), status: 'resolved', public: true });
  const data = {
    id, title: 't', received_at: at, channel: 'online', complainant: 'student', occurred_at: at.slice(0, 10),
    place: { building: 'canteen-1' }, category: 'cleaning', urgency: 'general', responsibility: 'internal',
    demand: 'repair', owner: 'desk-duty-1', teams: [], related: [],
    status: hours === undefined ? 'received' : 'resolved', timeline, ...extra,
  } as ComplaintRecord;
  return { file: `x/${id}.md`, data, body: '' };
}

describe('Shanghai months', () => {
  it('puts month edges in the Shanghai month, whatever the offset written', () => {
    expect(monthKey(parseIso('2026-11-30T23:59:59+08:00'))).toBe('2026-11');
    expect(monthKey(parseIso('2026-12-01T00:00:00+08:00'))).toBe('2026-12');
    // 16:30 UTC on 30 Nov is 00:30 on 1 Dec in Shanghai.
    expect(monthKey(parseIso('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(monthKey(parseIso('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(monthKey(parseIso('2026-12-31T18:00:00-06:00'))).toBe('2027-01');
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(monthKey(parseIso('2026-11-01T00:10:00+08:00'))).toBe('2026-11');
      expect(formatShanghai(parseIso('2026-11-01T00:10:00+08:00'))).toBe('2026-11-01 00:10');
    } finally {
      process.env.TZ = before;
    }
  });

  it('month arithmetic crosses years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 13)).toBe('2027-01');
    expect(monthStart('2026-12')).toBe(parseIso('2026-12-01T00:00:00+08:00'));
  });

  it('rejects impossible dates and missing offsets', () => {
    expect(parseIso('2026-02-29T10:00:00+08:00')).toBeNaN();
    expect(parseIso('2028-02-29T10:00:00+08:00')).not.toBeNaN();
    expect(parseIso('2026-11-03T14:00:00')).toBeNaN();
    expect(parseIso('2026-11-03 14:00+08:00')).toBeNaN();
  });
});

describe('durations', () => {
  it('show minutes below two days and round to the hour beyond, never truncate', () => {
    const min = 60_000;
    expect(formatDurationZh(59 * min)).toBe('59 分钟');
    expect(formatDurationZh(200 * min)).toBe('3 小时 20 分');
    expect(formatDurationZh(49.9 * 60 * min)).toBe('2 天 2 小时');
    expect(formatDurationZh(71.6 * 60 * min)).toBe('3 天');
    expect(formatDurationEn(49.4 * 60 * min)).toBe('2 d 1 h');
  });
});

describe('summarize', () => {
  it('takes the mean of the middle two for an even count and the nearest rank for P90', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ n: 4, median: 2.5, p90: 4 });
    expect(summarize([5, 1, 3])).toEqual({ n: 3, median: 3, p90: 5 });
    const ten = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(summarize(ten).p90).toBe(9);
    expect(summarize([])).toEqual({ n: 0 });
  });
});

describe('computeStats', () => {
  const list = [
    complaint('2611-0001', '2026-11-01T00:05:00+08:00', 2),
    complaint('2611-0002', '2026-11-30T23:50:00+08:00', 30), // resolved in December
    complaint('2612-0001', '2026-12-01T00:00:00+08:00'),
    complaint('2610-0001', '2026-10-31T23:59:00+08:00', 1),
    complaint('2611-0003', '2026-11-15T10:00:00+08:00', 10, { category: 'hvac', urgency: 'urgent' }),
  ];
  const now = parseIso('2026-12-03T09:00:00+08:00');
  const s = computeStats(list, now);

  it('buckets by the Shanghai month of receipt', () => {
    expect(s.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(s.reports.get('2026-11')!.received).toBe(3);
    expect(s.reports.get('2026-10')!.received).toBe(1);
    expect(s.reports.get('2026-12')!.received).toBe(1);
  });

  it('computes medians and P90 of time to resolve in hours', () => {
    const r = s.reports.get('2026-11')!;
    expect(r.resolveHours).toEqual({ n: 3, median: 10, p90: 30 });
    expect(r.resolved).toBe(3);
    expect(r.open).toBe(0);
  });

  it('counts resolutions in the month they happened', () => {
    expect(s.reports.get('2026-12')!.resolvedInMonth).toBe(1);
    // 2610-0001 came in at 23:59 on 31 Oct and was resolved in November.
    expect(s.reports.get('2026-11')!.resolvedInMonth).toBe(3);
    const trend = s.reports.get('2026-12')!.trend;
    expect(trend).toHaveLength(12);
    expect(trend.at(-1)).toEqual({ month: '2026-12', received: 1, resolvedInMonth: 1 });
    expect(trend[0]!.month).toBe('2026-01');
  });

  it('breaks volumes down by category and urgency', () => {
    const r = s.reports.get('2026-11')!;
    expect(r.byCategory).toEqual([{ key: 'cleaning', count: 2 }, { key: 'hvac', count: 1 }]);
    expect(r.byUrgency).toEqual([{ key: 'general', count: 2 }, { key: 'urgent', count: 1 }]);
  });

  it('summarises this month for the status home', () => {
    // December's own complaint is still open; the resolution on 2 Dec belongs to November's figures.
    expect(homeSummary(s, now)).toEqual({ month: '2026-12', received: 1, resolved: 0, openOfMonth: 1, open: 1, medianResolveHours: undefined });
  });

  it('takes the last resolution of a reopened complaint', () => {
    const c = complaint('2611-0009', '2026-11-02T10:00:00+08:00', 1);
    c.data.timeline.push(
      { at: '2026-11-03T10:00:00+08:00', status: 'reopened', public: true },
      { at: '2026-11-04T10:00:00+08:00', status: 'resolved', public: true },
    );
    const f = factsOf(c);
    expect(f.reopened).toBe(true);
    expect((f.resolved! - f.received) / 3600_000).toBe(48);
    expect((f.acknowledged! - f.received) / 3600_000).toBe(1);
  });

  it('computes the satisfaction rate over reached follow-ups', () => {
    const mk = (id: string, result: 'satisfied' | 'neutral' | 'dissatisfied' | 'unreachable') =>
      complaint(id, '2026-11-05T10:00:00+08:00', 1, { satisfaction: { at: '2026-11-06T10:00:00+08:00', result } });
    const st = computeStats([mk('2611-0101', 'satisfied'), mk('2611-0102', 'neutral'), mk('2611-0103', 'dissatisfied'), mk('2611-0104', 'unreachable')], now);
    const sat = st.reports.get('2026-11')!.satisfaction;
    expect(sat.reached).toBe(3);
    expect(sat.rate).toBeCloseTo(2 / 3);
  });
});
