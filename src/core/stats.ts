// Statistics for the status home and the monthly reports. Pure; months are Shanghai months.
import { OPEN_STATUSES, DONE_STATUSES, type Complaint, type Status } from './record.ts';
import { parseIso, monthKey, addMonths, monthRange } from './time.ts';
import type { ClockResult } from './sla.ts';

/** What the site needs of a complaint, computed once per build. */
export interface Facts {
  id: string;
  received: number;
  month: string;
  status: Status;
  open: boolean;
  /** First response: the first status change after "received" (acknowledged, in progress, resolved ...). */
  acknowledged?: number;
  /** Final resolution: the last "resolved" entry (or the closing, if closed without one), when the complaint is now resolved or closed. */
  resolved?: number;
  /** When a complaint that ended otherwise (duplicate, withdrawn, rejected) ended: its last status change. */
  ended?: number;
  reopened: boolean;
  category: string;
  urgency: string;
  channel: string;
  responsibility: string;
  contractor?: string;
  building: string;
  window?: string;
  room?: string;
  satisfaction?: string;
  /** The owner's team. */
  team?: string;
  /** The owner's role (the public stand-in for the handle). */
  role?: string;
  /** Teams involved in the work. */
  teams: string[];
  /** Service-level clocks at build time (when a policy was given). */
  clocks: ClockResult[];
}

export interface StatsOptions {
  /** Clock results per complaint (core/sla.ts `evaluate`). */
  clocks?: (c: Complaint) => ClockResult[];
  /** Team of an owner handle. */
  teamOf?: (owner: string) => string | undefined;
  /** Role of an owner handle. */
  roleOf?: (owner: string) => string | undefined;
  /** Clock ids in display order. */
  clockIds?: string[];
}

/** Statuses that end a complaint without a resolution. */
const ENDED_STATUSES: ReadonlySet<Status> = new Set(['duplicate', 'withdrawn', 'rejected']);

export function factsOf(c: Complaint, opts: StatsOptions = {}): Facts {
  const d = c.data;
  const received = parseIso(d.received_at);
  let acknowledged: number | undefined, resolved: number | undefined, reopened = false;
  let closedAt: number | undefined, lastChange: number | undefined;
  for (const e of d.timeline) {
    if (!e.status || e.status === 'received') continue;
    const at = parseIso(e.at);
    lastChange = at;
    if (acknowledged === undefined) acknowledged = at;
    if (e.status === 'resolved') resolved = at;
    if (e.status === 'reopened') { reopened = true; resolved = undefined; closedAt = undefined; }
    if (e.status === 'closed' && resolved === undefined) closedAt = at;
  }
  // Closed without a resolution (e.g. after waiting for the person in vain) ends the complaint
  // at the closing, as the resolution clock counts it.
  if (resolved === undefined) resolved = closedAt;
  return {
    id: d.id, received, month: monthKey(received), status: d.status, open: OPEN_STATUSES.has(d.status),
    acknowledged, resolved: DONE_STATUSES.has(d.status) ? resolved : undefined, reopened,
    ended: ENDED_STATUSES.has(d.status) ? lastChange ?? received : undefined,
    category: d.category, urgency: d.urgency, channel: d.channel, responsibility: d.responsibility,
    contractor: d.contractor, building: d.place.building, window: d.place.window, room: d.place.room,
    satisfaction: d.satisfaction?.result,
    team: opts.teamOf?.(d.owner), role: opts.roleOf?.(d.owner), teams: d.teams, clocks: opts.clocks?.(c) ?? [],
  };
}

/** Median (mean of the middle two for even n) and P90 (nearest rank) of a list; undefined when empty. */
export function summarize(values: number[]): { n: number; median?: number; p90?: number } {
  const n = values.length;
  if (!n) return { n };
  const v = Float64Array.from(values).sort();
  const median = n % 2 ? v[(n - 1) / 2]! : (v[n / 2 - 1]! + v[n / 2]!) / 2;
  const p90 = v[Math.max(0, Math.ceil(0.9 * n) - 1)]!;
  return { n, median, p90 };
}

export interface Count { key: string; count: number }

function countBy(items: Facts[], key: (f: Facts) => string | undefined): Count[] {
  const m = new Map<string, number>();
  for (const f of items) {
    const k = key(f);
    if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface SatisfactionSummary {
  /** Follow-ups that reached the person. */
  reached: number;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  unreachable: number;
  /** (satisfied + neutral) / reached; undefined when nobody was reached. */
  rate?: number;
}

export function satisfactionOf(items: readonly Facts[]): SatisfactionSummary {
  const s = { reached: 0, satisfied: 0, neutral: 0, dissatisfied: 0, unreachable: 0 } as SatisfactionSummary;
  for (const f of items) {
    if (!f.satisfaction) continue;
    (s as unknown as Record<string, number>)[f.satisfaction]!++;
    if (f.satisfaction !== 'unreachable') s.reached++;
  }
  if (s.reached) s.rate = (s.satisfied + s.neutral) / s.reached;
  return s;
}

export interface MonthReport {
  month: string;
  /** Complaints received in the month (the month's cohort). */
  received: number;
  /** Of the cohort: resolved or closed now / still open now / ended otherwise (duplicate, withdrawn, rejected). */
  resolved: number;
  open: number;
  ended: number;
  reopened: number;
  /** Resolutions that happened in the month, whatever month the complaint came in. */
  resolvedInMonth: number;
  byCategory: Count[];
  byUrgency: Count[];
  byChannel: Count[];
  byResponsibility: Count[];
  byBuilding: Count[];
  byContractor: Count[];
  /** Per clock: finished clocks of the cohort (met or breached, incl. live breaches) and how many were on time. */
  onTime: { clock: string; finished: number; met: number; rate?: number }[];
  /** Complaints of the cohort with at least one breached clock, by category, owner's team and contractor. */
  breachesByCategory: Count[];
  breachesByTeam: Count[];
  breachesByContractor: Count[];
  /** Hours from receipt to first response, cohort complaints that have one. */
  acknowledgeHours: { n: number; median?: number; p90?: number };
  /** Hours from receipt to final resolution, cohort complaints now resolved or closed. */
  resolveHours: { n: number; median?: number; p90?: number };
  satisfaction: SatisfactionSummary;
  /** The 12 months ending with this one: received and resolved-in-month counts. */
  trend: { month: string; received: number; resolvedInMonth: number }[];
}

export interface LedgerStats {
  months: string[];
  reports: Map<string, MonthReport>;
  facts: Facts[];
}

const H = 3600_000;

/** One pass over the ledger, then per-month summaries for every month from the first to `now`'s. */
export function computeStats(complaints: readonly Complaint[], now: number, opts: StatsOptions = {}): LedgerStats {
  const facts = complaints.map((c) => factsOf(c, opts));
  const cohorts = new Map<string, Facts[]>();
  const resolvedIn = new Map<string, number>();
  let first = monthKey(now);
  for (const f of facts) {
    let arr = cohorts.get(f.month);
    if (!arr) cohorts.set(f.month, (arr = []));
    arr.push(f);
    if (f.month < first) first = f.month;
    if (f.resolved !== undefined) {
      const m = monthKey(f.resolved);
      resolvedIn.set(m, (resolvedIn.get(m) ?? 0) + 1);
    }
  }
  const months = monthRange(first, monthKey(now));
  const reports = new Map<string, MonthReport>();
  for (const month of months) {
    const c = cohorts.get(month) ?? [];
    const ack: number[] = [], res: number[] = [];
    let resolved = 0, open = 0, reopened = 0;
    for (const f of c) {
      if (f.acknowledged !== undefined) ack.push((f.acknowledged - f.received) / H);
      if (f.resolved !== undefined) { res.push((f.resolved - f.received) / H); resolved++; }
      if (f.open) open++;
      if (f.reopened) reopened++;
    }
    const breached = c.filter((f) => f.clocks.some((k) => k.state === 'breached' || k.everBreached));
    const trend = monthRange(addMonths(month, -11), month).map((m) => ({
      month: m, received: cohorts.get(m)?.length ?? 0, resolvedInMonth: resolvedIn.get(m) ?? 0,
    }));
    reports.set(month, {
      month, received: c.length, resolved, open, ended: c.length - resolved - open, reopened,
      resolvedInMonth: resolvedIn.get(month) ?? 0,
      byCategory: countBy(c, (f) => f.category),
      byUrgency: countBy(c, (f) => f.urgency),
      byChannel: countBy(c, (f) => f.channel),
      byResponsibility: countBy(c, (f) => f.responsibility),
      byBuilding: countBy(c, (f) => f.building),
      byContractor: countBy(c, (f) => f.contractor),
      acknowledgeHours: summarize(ack),
      resolveHours: summarize(res),
      satisfaction: satisfactionOf(c),
      onTime: onTimeOf(c, opts.clockIds ?? []),
      breachesByCategory: countBy(breached, (f) => f.category),
      breachesByTeam: countBy(breached, (f) => f.team),
      breachesByContractor: countBy(breached, (f) => f.contractor),
      trend,
    });
  }
  return { months, reports, facts };
}

/** A clock counts once it is finished or breached: met (never breached) or breached (incl. live
 * breaches and a reopened round that breached); running, paused and cancelled clocks do not count. */
export function clockOutcome(k: ClockResult): 'met' | 'breached' | undefined {
  if (k.state === 'breached' || k.everBreached) return 'breached';
  return k.state === 'met' ? 'met' : undefined;
}

function onTimeOf(items: Facts[], clockIds: string[]) {
  return clockIds.map((clock) => {
    let finished = 0, met = 0;
    for (const f of items) {
      const k = f.clocks.find((x) => x.clock === clock);
      const o = k && clockOutcome(k);
      if (o) finished++;
      if (o === 'met') met++;
    }
    return { clock, finished, met, rate: finished ? met / finished : undefined };
  });
}

/** Status-home figures for the month containing `now`, with the monthly report's definitions. */
export function homeSummary(stats: LedgerStats, now: number) {
  const month = monthKey(now);
  const r = stats.reports.get(month);
  return {
    month,
    /** Received this month. */
    received: r?.received ?? 0,
    /** Of those, resolved or closed now. */
    resolved: r?.resolved ?? 0,
    /** Of those, still open now. */
    openOfMonth: r?.open ?? 0,
    /** Open now, whenever received. */
    open: stats.facts.filter((f) => f.open).length,
    /** Median hours to resolve, this month's complaints that are resolved. */
    medianResolveHours: r?.resolveHours.median,
  };
}
