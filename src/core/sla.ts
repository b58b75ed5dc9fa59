// Service-level clocks, recomputed from a record's timeline and `now` every time: no stored
// counters, so nothing drifts. Definitions and examples: docs/service-levels.md.
import type { ComplaintRecord, Status } from './record.ts';
import type { Config, ClockConfig } from './config.ts';
import { WorkCalendar, dayOf, startOfDay, yearOfDay, WORKING, KNOWN } from './calendar.ts';
import { parseIso } from './time.ts';

const DAY = 86_400_000;
/** A deadline further than this many days away is not searched for (e.g. every day closed). */
const MAX_DAYS = 3660;

export type ClockState = 'met' | 'breached' | 'at_risk' | 'running' | 'paused' | 'cancelled';

export interface ClockResult {
  clock: string;
  state: ClockState;
  /** When the clock started (receipt, or the reopen for a restarted resolution clock). */
  start: number;
  /** Due time; undefined while the clock is paused or was cancelled early. */
  due?: number;
  /** When the clock was satisfied. */
  at?: number;
  /** How late: satisfaction (or now, or cancellation) minus due; only when breached. */
  late?: number;
  /** Share of the target used so far (or at satisfaction). */
  used: number;
  /** Years the deadline computation passed through without a known holiday schedule. */
  unknownYears: number[];
  /** Resolution cycles evaluated (1 + restarts after reopening). */
  cycles: number;
  /** Some cycle missed its deadline (on-time rates count this). */
  everBreached: boolean;
}

export interface Policy {
  clocks: [string, ClockConfig][];
  atRisk: number;
  reopen: 'restart' | 'continue';
  calendar: WorkCalendar;
}

export function policyOf(config: Config, calendar: WorkCalendar): Policy {
  const sl = config.service_levels;
  return { clocks: Object.entries(sl.clocks), atRisk: sl.at_risk_ratio, reopen: sl.reopen, calendar };
}

export function appliesTo(c: ClockConfig, d: ComplaintRecord): boolean {
  const a = c.applies_to;
  return (!a.channels || a.channels.includes(d.channel)) && (!a.urgency || a.urgency.includes(d.urgency)) && (!a.categories || a.categories.includes(d.category));
}

const ENDED: ReadonlySet<Status> = new Set(['duplicate', 'withdrawn', 'rejected']);

/** Whether a timeline entry satisfies an event. */
function satisfies(event: ClockConfig['event'], status: Status | undefined, publicNote: boolean): boolean {
  switch (event) {
    case 'acknowledgement':
    case 'feedback':
      return (status !== undefined && status !== 'received') || publicNote;
    case 'response':
      return status === 'in_progress' || status === 'resolved' || status === 'closed';
    case 'resolution':
      return status === 'resolved' || status === 'closed';
  }
}

interface Entry { at: number; status?: Status; publicNote: boolean }
type Interval = [number, number]; // [from, to); to = Infinity while still paused

/**
 * Walks the clock's running time from `start` — working days (or every day) minus pauses — once,
 * returning when `target` of running time is used up (`due`; undefined if an open pause stops the
 * clock first) and how much running time had passed by `end`.
 */
function measure(start: number, target: number, end: number, working: boolean, pauses: Interval[], cal: WorkCalendar, unknown: Set<number>): { due?: number; used: number } {
  let acc = 0;
  let used: number | undefined;
  let due: number | undefined;
  // Feeds one running interval [a, b) minus pauses; returns false when the walk can stop.
  const feed = (a: number, b: number): boolean => {
    for (const [p0, p1] of pauses) {
      if (p1 <= a || p0 >= b) continue;
      if (p0 > a && !take(a, p0)) return false;
      if (p1 === Infinity) { finishUsed(); return false; }
      a = Math.max(a, p1);
      if (a >= b) return true;
    }
    return a < b ? take(a, b) : true;
  };
  const take = (a: number, b: number): boolean => {
    if (used === undefined && end <= b) used = acc + Math.max(0, end - a);
    if (due === undefined && acc + (b - a) >= target) due = a + (target - acc);
    acc += b - a;
    return used === undefined || due === undefined;
  };
  const finishUsed = () => { if (used === undefined) used = acc; };
  if (!working) {
    feed(start, Infinity);
  } else {
    const first = dayOf(start);
    let go = true;
    for (let d = first; go && d < first + MAX_DAYS; d++) {
      const info = cal.dayInfo(d);
      // Only the days up to the deadline decide it (later ones only measure how late).
      if (!(info & KNOWN) && due === undefined) unknown.add(yearOfDay(d));
      if (info & WORKING) go = feed(Math.max(start, startOfDay(d)), startOfDay(d + 1));
    }
  }
  finishUsed();
  return { due, used: used! };
}

/** Evaluates every clock that applies to the record, as the record stood at `now`. */
export function evaluate(d: ComplaintRecord, policy: Policy, now: number): ClockResult[] {
  const received = parseIso(d.received_at);
  if (received > now) return [];
  const entries: Entry[] = [];
  for (const e of d.timeline) {
    const at = parseIso(e.at);
    if (at > now) break; // evaluating the past: later entries had not happened
    entries.push({ at, status: e.status, publicNote: !!e.note && e.public });
  }
  const out: ClockResult[] = [];
  for (const [id, clock] of policy.clocks) {
    if (appliesTo(clock, d)) out.push(evaluateClock(id, clock, received, entries, policy, now));
  }
  return out;
}

function evaluateClock(id: string, clock: ClockConfig, received: number, entries: Entry[], policy: Policy, now: number): ClockResult {
  const working = 'working_days' in clock.target;
  const target = 'working_days' in clock.target ? clock.target.working_days * DAY : clock.target.minutes * 60_000;
  const restart = clock.event === 'resolution' && policy.reopen === 'restart';
  const unknown = new Set<number>();
  // Cycles: [start, satisfied?]; a reopen starts a new one when restarting.
  const cycles: { start: number; from: number; at?: number; cancelledAt?: number }[] = [{ start: received, from: 1 }];
  const pauses: Interval[] = [];
  let pausedSince: number | undefined;
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i]!;
    const cur = cycles.at(-1)!;
    if (e.status) {
      const paused = clock.paused_by.includes(e.status);
      if (paused && pausedSince === undefined) pausedSince = e.at;
      if (!paused && pausedSince !== undefined) { pauses.push([pausedSince, e.at]); pausedSince = undefined; }
    }
    if (cur.at === undefined && cur.cancelledAt === undefined) {
      if (satisfies(clock.event, e.status, e.publicNote)) cur.at = e.at;
      else if (e.status && ENDED.has(e.status)) cur.cancelledAt = e.at;
    }
    if (restart && e.status === 'reopened' && cur.at !== undefined) cycles.push({ start: e.at, from: i + 1 });
  }
  if (pausedSince !== undefined) pauses.push([pausedSince, Infinity]);

  const results = cycles.map((c) => {
    const end = c.at ?? c.cancelledAt ?? now;
    const m = measure(c.start, target, end, working, pauses, policy.calendar, unknown);
    const due = m.due;
    const used = m.used / target;
    let s: ClockState;
    let late: number | undefined;
    if (due !== undefined && due < end) { s = 'breached'; late = end - due; }
    else if (c.at !== undefined) s = 'met';
    else if (c.cancelledAt !== undefined) s = 'cancelled';
    else if (due === undefined) s = 'paused';
    else s = used >= policy.atRisk ? 'at_risk' : 'running';
    return { start: c.start, due, at: c.at, state: s, late, used };
  });
  const last = results.at(-1)!;
  const everBreached = results.some((r) => r.state === 'breached');
  // A live clock reports its live state; a finished one is breached if any cycle was late.
  const live = last.state === 'running' || last.state === 'at_risk' || last.state === 'paused';
  return {
    clock: id,
    state: live || !everBreached ? last.state : 'breached',
    everBreached,
    start: last.start, due: last.due, at: last.at,
    late: results.reduce<number | undefined>((m, r) => (r.late !== undefined && (m === undefined || r.late > m) ? r.late : m), undefined),
    used: last.used,
    unknownYears: [...unknown].sort(),
    cycles: results.length,
  };
}

/** Status of a record as it stood at `now` (the last status change at or before it). */
export function statusAt(d: ComplaintRecord, now: number): Status | undefined {
  let s: Status | undefined;
  for (const e of d.timeline) {
    if (parseIso(e.at) > now) break;
    if (e.status) s = e.status;
  }
  return s;
}

export interface WatchItem {
  id: string;
  owner: string;
  status: Status;
  result: ClockResult;
}

/** Live clocks of open complaints that are breached or at risk at `now`, most urgent first. */
export function watchList(records: readonly ComplaintRecord[], policy: Policy, now: number, isOpen: (s: Status) => boolean): { items: WatchItem[]; open: number; unknownYears: number[] } {
  const items: WatchItem[] = [];
  const unknown = new Set<number>();
  let open = 0;
  for (const d of records) {
    const status = statusAt(d, now);
    if (!status || !isOpen(status)) continue;
    open++;
    for (const r of evaluate(d, policy, now)) {
      for (const y of r.unknownYears) unknown.add(y);
      if (r.at === undefined && (r.state === 'breached' || r.state === 'at_risk')) items.push({ id: d.id, owner: d.owner, status, result: r });
    }
  }
  const rank = (i: WatchItem) => (i.result.state === 'breached' ? 0 : 1);
  items.sort((a, b) => rank(a) - rank(b) || (a.result.due ?? 0) - (b.result.due ?? 0) || a.id.localeCompare(b.id));
  return { items, open, unknownYears: [...unknown].sort() };
}
