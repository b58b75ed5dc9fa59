// Service-level clocks with hand-computed expectations. "N working days" = N × 24 h counted on
// working days only, so a deadline lands at the same clock time on the Nth working day.
import { describe, it, expect } from 'vitest';
import { evaluate, policyOf, type ClockResult } from '../src/core/sla.ts';
import { calendarFor } from '../src/adapters/calendar-data.ts';
import { configSchema, type Config } from '../src/core/config.ts';
import { parseIso, toShanghaiIso } from '../src/core/time.ts';
import type { ComplaintRecord, Status } from '../src/core/record.ts';
import { sampleConfig } from './helpers.ts';

const base = sampleConfig().config;
const policy = (cfg: Config = base) => policyOf(cfg, calendarFor(cfg));
const t = (s: string) => parseIso(s.includes('+') ? s : s + '+08:00');
const H = 3600_000;

/** Scenario builder: complaint('2026-09-30T10:00').general().then('2026-10-08T09:00', 'acknowledged') … */
function complaint(received: string) {
  const at = toShanghaiIso(t(received));
  const d = {
    id: '2609-0001', title: 't', received_at: at, channel: 'phone', complainant: 'student', occurred_at: at.slice(0, 10),
    place: { building: 'east-dorm-a' }, category: 'dorm-repair', urgency: 'general', responsibility: 'internal',
    demand: 'repair', owner: 'repair-duty', teams: [], related: [], status: 'received',
    timeline: [{ at, status: 'received', public: false }],
  } as ComplaintRecord;
  const b = {
    d,
    urgent: () => ((d.urgency = 'urgent'), b),
    online: () => ((d.channel = 'online'), b),
    then: (when: string, status?: Status, note?: string) => {
      d.timeline.push({ at: toShanghaiIso(t(when)), status, note, public: !!note });
      if (status) d.status = status;
      return b;
    },
    at: (now: string, p = policy()) => Object.fromEntries(evaluate(d, p, t(now)).map((r) => [r.clock, r])) as Record<string, ClockResult>,
  };
  return b;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : toShanghaiIso(ms));

describe('working-day resolution deadlines', () => {
  it('National Day 2026: 1–7 Oct off, Sat 10 Oct worked', () => {
    const r = complaint('2026-09-30T10:00').at('2026-09-30T11:00').resolution!;
    // 30 Sep (14 h) + 8 Oct + 9 Oct + 10 h of Sat 10 Oct.
    expect(iso(r.due)).toBe('2026-10-10T10:00:00+08:00');
    expect(r.unknownYears).toEqual([]);
  });

  it('a complaint received on Sat 19 Sep starts counting on Sun 20 Sep, a working day', () => {
    const r = complaint('2026-09-19T15:00').at('2026-09-19T16:00').resolution!;
    // 20, 21, 22 Sep in full: due at the end of Tue 22 Sep.
    expect(iso(r.due)).toBe('2026-09-23T00:00:00+08:00');
  });

  it('Spring Festival 2026: 15–23 Feb off, Sat 14 Feb and Sat 28 Feb worked', () => {
    const r = complaint('2026-02-13T16:00').at('2026-02-13T17:00').resolution!;
    // 13 Feb (8 h) + Sat 14 Feb + 24 Feb + 16 h of 25 Feb.
    expect(iso(r.due)).toBe('2026-02-25T16:00:00+08:00');
    const late = complaint('2026-02-26T09:00').at('2026-02-26T10:00').resolution!;
    // 26 Feb (15 h) + 27 Feb + Sat 28 Feb + 9 h of Mon 2 Mar.
    expect(iso(late.due)).toBe('2026-03-02T09:00:00+08:00');
  });

  it('warns when the deadline runs into a year with no known schedule, and honours an override', () => {
    const r = complaint('2026-12-31T10:00').at('2026-12-31T11:00').resolution!;
    // Without a 2027 schedule, weekdays only: 31 Dec (14 h) + Fri 1 Jan + Mon 4 Jan + 10 h of 5 Jan.
    expect(r.unknownYears).toEqual([2027]);
    expect(iso(r.due)).toBe('2027-01-05T10:00:00+08:00');
    const cfg = configSchema.parse({ ...base, calendar: { years: { '2027': { holidays: ['2027-01-01..2027-01-03'] } } } });
    const o = complaint('2026-12-31T10:00').at('2026-12-31T11:00', policy(cfg)).resolution!;
    expect(o.unknownYears).toEqual([]);
    expect(iso(o.due)).toBe('2027-01-06T10:00:00+08:00');
  });

  it('does not warn when only the lateness, not the deadline, reaches a year with no known schedule', () => {
    const r = complaint('2026-12-01T10:00').at('2027-01-10T10:00').resolution!;
    expect(r.state).toBe('breached');
    expect(iso(r.due)).toBe('2026-12-04T10:00:00+08:00');
    expect(r.unknownYears).toEqual([]);
  });

  it('honours campus closures and extra working days', () => {
    const cfg = configSchema.parse({ ...base, calendar: { closures: ['2026-11-03'], working_days: ['2026-11-07'] } });
    // Mon 2 Nov 09:00: 2 Nov (15 h), 3 Nov closed, 4, 5 Nov, 9 h of 6 Nov.
    expect(iso(complaint('2026-11-02T09:00').at('2026-11-02T10:00', policy(cfg)).resolution!.due)).toBe('2026-11-06T09:00:00+08:00');
    // Fri 6 Nov 09:00: 6 Nov (15 h), Sat 7 Nov worked, Mon 9 Nov, 9 h of 10 Nov.
    expect(iso(complaint('2026-11-06T09:00').at('2026-11-06T10:00', policy(cfg)).resolution!.due)).toBe('2026-11-10T09:00:00+08:00');
  });
});

describe('pause, resume and reopen', () => {
  const paused = () =>
    complaint('2026-11-02T09:00')
      .then('2026-11-02T09:30', 'acknowledged')
      .then('2026-11-03T09:00', 'waiting_complainant', '请补充照片')
      .then('2026-11-05T09:00', 'in_progress');

  it('pauses the resolution clock while waiting for the complainant', () => {
    const r = paused().at('2026-11-04T12:00').resolution!;
    expect(r.state).toBe('paused');
    expect(r.due).toBeUndefined();
    expect(r.used).toBeCloseTo(24 / 72);
  });

  it('resumes with the paused time added to the deadline', () => {
    // 24 h used before the pause; 48 h left from Thu 5 Nov 09:00: Thu (15 h), Fri (24 h), 9 h of Mon 9 Nov.
    const r = paused().at('2026-11-05T10:00').resolution!;
    expect(iso(r.due)).toBe('2026-11-09T09:00:00+08:00');
    expect(r.state).toBe('running');
  });

  it('does not pause calendar-time urgent clocks or the feedback clock', () => {
    const r = paused().at('2026-11-04T12:00');
    expect(r.feedback!.state).toBe('met');
  });

  it('a reopen starts a new resolution clock, and the late second fix is a breach', () => {
    const b = complaint('2026-11-02T09:00')
      .then('2026-11-02T10:00', 'in_progress')
      .then('2026-11-03T09:00', 'resolved', '已修复')
      .then('2026-11-06T10:00', 'reopened', '又漏水');
    const before = b.at('2026-11-11T09:00').resolution!;
    // New cycle from Fri 6 Nov 10:00: Fri (14 h), Mon, Tue, 10 h of Wed 11 Nov.
    expect(iso(before.due)).toBe('2026-11-11T10:00:00+08:00');
    expect(before.state).toBe('at_risk'); // 71 of 72 h
    expect(before.cycles).toBe(2);
    const after = b.then('2026-11-12T10:00', 'resolved').at('2026-11-13T09:00').resolution!;
    expect(after.state).toBe('breached');
    expect(after.late).toBe(24 * H);
  });
});

describe('calendar-time clocks', () => {
  it('urgent response and resolution count every minute, holidays and midnight included', () => {
    const r = complaint('2026-10-01T23:55').urgent().then('2026-10-02T00:03', 'in_progress').then('2026-10-02T02:10', 'resolved').at('2026-10-02T03:00');
    expect(r.response!.state).toBe('met');
    expect(iso(r.response!.due)).toBe('2026-10-02T00:05:00+08:00');
    expect(r.urgent_resolution!.state).toBe('breached');
    expect(r.urgent_resolution!.late).toBe(15 * 60_000);
    expect(r.resolution).toBeUndefined();
  });

  it('online acknowledgement across midnight and a month edge', () => {
    const r = complaint('2026-11-30T23:50').online().then('2026-12-01T00:15', 'acknowledged', '已收到,正在核实').at('2026-12-01T01:00');
    expect(iso(r.acknowledge!.due)).toBe('2026-12-01T00:20:00+08:00');
    expect(r.acknowledge!.state).toBe('met');
  });

  it('running → at risk (80 %) → breached, and how late', () => {
    const b = complaint('2026-11-05T10:00').online();
    expect(b.at('2026-11-05T10:20').acknowledge!.state).toBe('running');
    expect(b.at('2026-11-05T10:25').acknowledge!.state).toBe('at_risk');
    const late = b.at('2026-11-05T10:31').acknowledge!;
    expect(late.state).toBe('breached');
    expect(late.late).toBe(60_000);
  });

  it('a public progress note satisfies feedback; an internal one does not', () => {
    const internal = complaint('2026-11-05T10:00');
    internal.d.timeline.push({ at: '2026-11-05T12:00:00+08:00', note: '内部协调', public: false });
    expect(internal.at('2026-11-06T11:00').feedback!.state).toBe('breached');
    expect(complaint('2026-11-05T10:00').then('2026-11-06T09:00', undefined, '师傅明早上门').at('2026-11-06T11:00').feedback!.state).toBe('met');
  });

  it('withdrawal cancels a clock that was not yet due, and not one already missed', () => {
    expect(complaint('2026-11-05T10:00').online().then('2026-11-05T10:10', 'withdrawn').at('2026-11-06T00:00').resolution!.state).toBe('cancelled');
    expect(complaint('2026-11-02T10:00').then('2026-11-09T10:00', 'withdrawn').at('2026-11-10T00:00').resolution!.state).toBe('breached');
  });

  it('evaluated at an earlier instant, later entries have not happened yet', () => {
    const b = complaint('2026-11-05T10:00').online().then('2026-11-05T11:00', 'acknowledged');
    expect(b.at('2026-11-05T10:35').acknowledge!.state).toBe('breached');
    expect(b.at('2026-11-05T10:10').acknowledge!.state).toBe('running');
    expect(evaluate(b.d, policy(), t('2026-11-05T09:00'))).toEqual([]);
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(iso(complaint('2026-09-30T10:00').at('2026-09-30T11:00').resolution!.due)).toBe('2026-10-10T10:00:00+08:00');
    } finally {
      process.env.TZ = before;
    }
  });
});
