// Manager insights on the monthly report: recurring hotspots (root-cause candidates), a contractor
// scorecard, workload per team and per owner role, and change against the previous month.
// Pure: no fs; `now` is a parameter; months are Shanghai months. Definitions: docs/reports.md.
import { z } from 'zod';
import { addMonths, monthKey, monthStart } from './time.ts';
import { clockOutcome, satisfactionOf, summarize, type Facts, type LedgerStats, type SatisfactionSummary } from './stats.ts';

const DAY = 86_400_000;
const H = 3_600_000;

/** The `insights` section of jiesu.config.yaml (defaults apply when it is absent). */
export const insightsConfig = z
  .strictObject({
    hotspots: z
      .strictObject({
        /** A place and kind of problem is a hotspot with at least this many complaints in the window. */
        min_count: z.number().int().min(2).max(1000).default(3),
        /** ... received within this many days of each other (a rolling window). */
        window_days: z.number().int().min(1).max(366).default(30),
        /** At most this many hotspots listed on a report page (the count of the rest is shown). */
        max_listed: z.number().int().min(1).max(200).default(20),
      })
      .prefault({}),
  })
  .prefault({});
export type InsightsConfig = z.infer<typeof insightsConfig>;

export interface InsightOptions {
  minCount: number;
  windowDays: number;
}

export const insightOptions = (c: InsightsConfig): InsightOptions => ({
  minCount: c.hotspots.min_count, windowDays: c.hotspots.window_days,
});

/** The same place and the same kind of problem coming back. */
export interface Hotspot {
  category: string;
  building: string;
  /** Canteen window or service counter, when the records name one. */
  window?: string;
  /** Complaints in the window, oldest first. */
  ids: string[];
  /** Of those, received in the report month. */
  inMonth: number;
  /** Of those, reopened at least once (a fix that did not hold). */
  reopened: number;
  /** Distinct rooms named, sorted. */
  rooms: string[];
  first: number;
  last: number;
}

export interface ContractorRow {
  contractor: string;
  /** Complaints received in the month that name the contractor. */
  count: number;
  /** Finished service-level clocks of those complaints and how many were on time (see clockOutcome). */
  clocksFinished: number;
  clocksMet: number;
  onTimeRate?: number;
  satisfaction: SatisfactionSummary;
  /** Median hours from receipt to final resolution, complaints now resolved or closed. */
  medianResolveHours?: number;
}

export interface WorkloadRow {
  /** Team id, or team id + role for owners (never a handle). */
  team: string;
  role?: string;
  /** Complaints received in the month with this owner. */
  received: number;
  /** Resolutions in the month, whatever month the complaint came in. */
  resolvedInMonth: number;
  /** Received before the end of the month (or `now`) and not yet resolved or ended then. */
  openAtEnd: number;
  /** Complaints received in the month with at least one breached clock. */
  breached: number;
}

export interface TeamWorkloadRow extends WorkloadRow {
  /** Complaints received in the month the team worked on (listed in `teams`), as owner or not. */
  involved: number;
}

export interface Change {
  key: string;
  current?: number;
  previous?: number;
  /** In a month not yet over: 'same-period' when `previous` covers the same elapsed time of the
   * previous month; 'incomplete' when the figure is not comparable until the month ends. */
  basis?: 'same-period' | 'incomplete';
}

export interface MonthInsights {
  month: string;
  hotspots: Hotspot[];
  contractors: ContractorRow[];
  teams: TeamWorkloadRow[];
  owners: WorkloadRow[];
  /** Headline figures against the previous month (undefined where a rate has no denominator). */
  change: Change[];
  /** Complaints received per category, this month against the previous one (only categories that changed). */
  categoryChange: Change[];
  /** Set while the month is not over: the data's instant, and the same elapsed point of the previous month. */
  partial?: { until: number; previousUntil: number };
}

/** Hotspots ignore duplicates (the original already counts) and rejected complaints (out of scope). */
const countsForHotspots = (f: Facts) => f.status !== 'duplicate' && f.status !== 'rejected';
const hotspotKey = (f: Facts) => `${f.category}\u0000${f.building}\u0000${f.window ?? ''}`;

/** First index in `xs` (sorted by received) whose receipt is at or after `t`. */
function lowerBound(xs: readonly Facts[], t: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.received < t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function hotspotGroups(facts: readonly Facts[]): Facts[][] {
  const groups = new Map<string, Facts[]>();
  for (const f of facts) {
    if (!countsForHotspots(f)) continue;
    const k = hotspotKey(f);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(f);
  }
  const out = [...groups.values()];
  for (const g of out) g.sort((a, b) => a.received - b.received || a.id.localeCompare(b.id));
  return out;
}

/** Hotspots of `month`: at least minCount complaints with the same category, building and window
 * received within windowDays of each other (a rolling window), the latest of them in the month.
 * Listed: every complaint of such a window; a window may start before the month. */
export function hotspotsOf(groups: readonly Facts[][], month: string, opts: InsightOptions): Hotspot[] {
  const start = monthStart(month), end = monthStart(addMonths(month, 1));
  const span = opts.windowDays * DAY;
  const out: Hotspot[] = [];
  for (const g of groups) {
    const a = lowerBound(g, start), b = lowerBound(g, end);
    let from = -1, i = lowerBound(g, start - span);
    for (let j = a; j < b; j++) {
      // Window (received_j - span, received_j]: complaints i..j.
      while (g[i]!.received <= g[j]!.received - span) i++;
      if (j - i + 1 >= opts.minCount && from < 0) from = i;
    }
    if (from < 0) continue;
    // Members: from the first qualifying window's start to the month's last complaint of the group.
    const members = g.slice(from, b);
    const f0 = members[0]!;
    out.push({
      category: f0.category, building: f0.building, window: f0.window,
      ids: members.map((f) => f.id), inMonth: members.filter((f) => f.received >= start).length,
      reopened: members.filter((f) => f.reopened).length,
      rooms: [...new Set(members.flatMap((f) => (f.room ? [f.room] : [])))].sort(),
      first: f0.received, last: members.at(-1)!.received,
    });
  }
  return out.sort((a, b) => b.ids.length - a.ids.length || b.inMonth - a.inMonth || a.first - b.first);
}

export function contractorScorecard(cohort: readonly Facts[]): ContractorRow[] {
  const by = new Map<string, Facts[]>();
  for (const f of cohort) {
    if (!f.contractor) continue;
    let a = by.get(f.contractor);
    if (!a) by.set(f.contractor, (a = []));
    a.push(f);
  }
  return [...by].map(([contractor, fs]) => {
    let clocksFinished = 0, clocksMet = 0;
    for (const f of fs) for (const k of f.clocks) {
      const o = clockOutcome(k);
      if (o) clocksFinished++;
      if (o === 'met') clocksMet++;
    }
    const res = fs.flatMap((f) => (f.resolved === undefined ? [] : [(f.resolved - f.received) / H]));
    return {
      contractor, count: fs.length, clocksFinished, clocksMet,
      onTimeRate: clocksFinished ? clocksMet / clocksFinished : undefined,
      satisfaction: satisfactionOf(fs), medianResolveHours: summarize(res).median,
    };
  }).sort((a, b) => b.count - a.count || a.contractor.localeCompare(b.contractor));
}

const breached = (f: Facts) => f.clocks.some((k) => clockOutcome(k) === 'breached');
/** When the complaint stopped being open for good (final resolution or ending), if it has. */
const doneAt = (f: Facts) => f.resolved ?? f.ended;

interface Tally { received: number; resolvedInMonth: number; openAtEnd: number; breached: number; involved: number }
const tally = (): Tally => ({ received: 0, resolvedInMonth: 0, openAtEnd: 0, breached: 0, involved: 0 });

/** Everything for every month of `stats`, in one pass over the facts plus one per month. */
export function computeInsights(stats: LedgerStats, now: number, opts: InsightOptions): Map<string, MonthInsights> {
  const { months, facts } = stats;
  const index = new Map(months.map((m, i) => [m, i]));
  const lastMonth = months.length - 1;
  // Per month, per team and per owner (team + role): counts keyed by "team\0role".
  const teamT = months.map(() => new Map<string, Tally>());
  const ownerT = months.map(() => new Map<string, Tally>());
  const cohorts: Facts[][] = months.map(() => []);
  const bump = (m: Map<string, Tally>, k: string, field: keyof Tally) => {
    let t = m.get(k);
    if (!t) m.set(k, (t = tally()));
    t[field]++;
  };
  const ownerKey = (f: Facts) => `${f.team ?? ''}\u0000${f.role ?? ''}`;
  const unassigned = (f: Facts) => f.team ?? '';
  for (const f of facts) {
    const mi = index.get(f.month);
    if (mi === undefined) continue;
    cohorts[mi]!.push(f);
    const isBreached = breached(f);
    for (const [m, k] of [[teamT, unassigned(f)], [ownerT, ownerKey(f)]] as const) {
      bump(m[mi]!, k, 'received');
      if (isBreached) bump(m[mi]!, k, 'breached');
    }
    for (const t of f.teams) bump(teamT[mi]!, t, 'involved');
    if (f.resolved !== undefined) {
      const ri = index.get(monthKey(f.resolved));
      if (ri !== undefined) { bump(teamT[ri]!, unassigned(f), 'resolvedInMonth'); bump(ownerT[ri]!, ownerKey(f), 'resolvedInMonth'); }
    }
    // Open at the end of each month from receipt until it was done (the last month ends at `now`).
    const done = doneAt(f);
    for (let i = mi; i <= lastMonth; i++) {
      const end = i === lastMonth ? now : monthStart(months[i + 1]!);
      if (done !== undefined && done < end) break;
      bump(teamT[i]!, unassigned(f), 'openAtEnd');
      bump(ownerT[i]!, ownerKey(f), 'openAtEnd');
    }
  }
  const groups = hotspotGroups(facts);
  const out = new Map<string, MonthInsights>();
  const byActivity = (a: WorkloadRow, b: WorkloadRow) =>
    b.received + b.openAtEnd - (a.received + a.openAtEnd) || a.team.localeCompare(b.team) || (a.role ?? '').localeCompare(b.role ?? '');
  months.forEach((month, i) => {
    const strip = ({ involved, ...t }: Tally) => t;
    const teams = [...teamT[i]!].map(([team, t]) => ({ team, ...t })).sort(byActivity);
    const owners = [...ownerT[i]!].map(([k, t]) => {
      const [team, role] = k.split('\u0000') as [string, string];
      return { team, role, ...strip(t) };
    }).sort(byActivity);
    const hotspots = hotspotsOf(groups, month, opts);
    out.set(month, {
      month, hotspots, contractors: contractorScorecard(cohorts[i]!), teams, owners,
      change: [], categoryChange: [],
    });
  });
  // Month-over-month needs both months computed.
  months.forEach((month, i) => {
    const cur = out.get(month)!;
    const prev = addMonths(month, -1);
    const prevCohort = cohorts[index.get(prev) ?? -1] ?? [];
    const curH = headline(stats, month, cur), before = headline(stats, prev, out.get(prev));
    cur.change = [...curH].map(([key, current]) => ({ key, current, previous: before.get(key) }));
    if (now < monthStart(addMonths(month, 1))) {
      // A month still running is compared, for counts that grow with time, against the same
      // elapsed span of the previous month; its rates and durations wait for the month's end.
      const prevStart = monthStart(prev);
      const previousUntil = Math.min(prevStart + (now - monthStart(month)), monthStart(month));
      cur.partial = { until: now, previousUntil };
      const samePeriod = prevCohort.filter((f) => f.received < previousUntil);
      const resolvedBefore = facts.filter((f) => f.resolved !== undefined && f.resolved >= prevStart && f.resolved < previousUntil).length;
      cur.change = cur.change.map((c) =>
        c.key === 'received' ? { ...c, previous: samePeriod.length, basis: 'same-period' as const }
        : c.key === 'resolvedInMonth' ? { ...c, previous: resolvedBefore, basis: 'same-period' as const }
        : { ...c, basis: 'incomplete' as const });
      cur.categoryChange = categoryChange(cohorts[i]!, samePeriod).map((c) => ({ ...c, basis: 'same-period' as const }));
    } else {
      cur.categoryChange = categoryChange(cohorts[i]!, prevCohort);
    }
  });
  return out;
}

/** Headline figures of one month (empty before the first month). */
function headline(stats: LedgerStats, month: string, ins: MonthInsights | undefined): Map<string, number | undefined> {
  const r = stats.reports.get(month);
  if (!r) return new Map();
  let finished = 0, met = 0;
  for (const c of r.onTime) { finished += c.finished; met += c.met; }
  return new Map<string, number | undefined>([
    ['received', r.received],
    ['resolvedInMonth', r.resolvedInMonth],
    ['medianResolveHours', r.resolveHours.median],
    ['onTimeRate', finished ? met / finished : undefined],
    ['breached', r.breachesByCategory.reduce((s, c) => s + c.count, 0)],
    ['satisfactionRate', r.satisfaction.rate],
    ['reopened', r.reopened],
    ['hotspots', ins?.hotspots.length],
  ]);
}

function categoryChange(cur: readonly Facts[], prev: readonly Facts[]): Change[] {
  const m = new Map<string, { key: string; current: number; previous: number }>();
  const get = (k: string) => m.get(k) ?? (m.set(k, { key: k, current: 0, previous: 0 }), m.get(k)!);
  for (const f of cur) get(f.category).current++;
  for (const f of prev) get(f.category).previous++;
  const delta = (c: { current: number; previous: number }) => c.current - c.previous;
  return [...m.values()].filter((c) => delta(c) !== 0).sort((a, b) => Math.abs(delta(b)) - Math.abs(delta(a)) || delta(b) - delta(a) || a.key.localeCompare(b.key));
}
