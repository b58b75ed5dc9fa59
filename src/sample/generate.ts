// A seeded, pure generator of a realistic sample ledger (no fs, env, network or clock):
// the same config, seed, count and window always give byte-identical records.
//
// Planted recurring hotspots (PLANTED_HOTSPOTS, see hotspots.ts) come on top of the random
// background, so the monthly trend pages have something real to find.
//
// `count` is the total number of records, planted ones included. Everything after `to` is cut off,
// so recent complaints are still open. The mix (≈7 % urgent, ≈20 % external, ≈40 % online, ≈25 %
// phone) is described where it is drawn (draft.ts), seasons, vacations and times of day in
// calendar.ts. The texts live in problems.ts and notes.ts. The generator is split by concern:
//   random.ts    the seeded PRNG and weighted tables
//   calendar.ts  Shanghai time, working hours, the academic calendar, day and hour weights
//   text.ts      the template mini-language and phrases derived from a complaint's facts
//   model.ts     the shapes passed between the modules (Draft, Env, Place, GeneratedRecord)
//   places.ts    places, owners, contractors and the facts of a place
//   draft.ts     one complaint's fixed facts and texts
//   hotspots.ts  the planted clusters
//   timeline.ts  a complaint's timeline, satisfaction and the final record
// All of them draw from one Rng in a fixed order: reordering, adding or dropping a draw changes
// every record after it, so compare the output (diff -r) before and after any refactor.
import type { Config } from '../core/config.ts';
import type { ComplaintRecord, Status } from '../core/record.ts';
import { parseIso, shanghaiParts } from '../core/time.ts';
import { HOUR_MS, HOUR_TABLES, MIN, dayTable, hours, minutes, p2, sampleDay, sec } from './calendar.ts';
import { makeDraft, pickProblem } from './draft.ts';
import { plantedSeeds } from './hotspots.ts';
import type { Draft, GeneratedRecord } from './model.ts';
import { buildEnv } from './places.ts';
import type { Problem } from './problems.ts';
import { makeRng } from './random.ts';
import { toRecord } from './timeline.ts';

// The public API: other files import it from here, not from the modules above.
export { mulberry32 } from './random.ts';
export { PLANTED_HOTSPOTS } from './hotspots.ts';
export type { PlantedHotspot } from './hotspots.ts';
export type { GeneratedRecord } from './model.ts';

export interface GenerateOptions {
  config: Config;
  seed: number;
  count: number;
  /** ISO date-time with offset: first possible receipt. */
  from: string;
  /** ISO date-time with offset: the "now" of the sample; nothing happens after it. */
  to: string;
}

export function generateLedger(opts: GenerateOptions): GeneratedRecord[] {
  const fromMs = parseIso(opts.from);
  const toMs = parseIso(opts.to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) throw new Error('from/to must be ISO date-times with an offset');
  if (fromMs >= toMs) throw new Error('from must be before to');
  const count = Math.max(0, Math.floor(opts.count));
  const r = makeRng(opts.seed);
  const env = buildEnv(opts.config, r, sec(toMs));
  if (!env.placesFor.size) throw new Error('the config has no categories and buildings the sample generator knows');

  const drafts: Draft[] = [];
  let seq = 0;

  const planted = plantedSeeds(env, fromMs, toMs);
  if (count >= planted.length * 2) {
    for (const { seed, cluster } of planted) {
      const d = makeDraft(env, seed, seq++);
      d.cluster = cluster;
      cluster.members.push(d);
      drafts.push(d);
    }
  }

  const days = dayTable(fromMs, toMs);
  while (drafts.length < count) {
    let ms = NaN, problem: Problem | undefined, urgent = false;
    for (let tries = 0; tries < 50; tries++) {
      const day = sampleDay(r, days);
      ({ problem, urgent } = pickProblem(env, day));
      const h = r.draw(HOUR_TABLES[urgent ? 'urgent' : problem.hours ?? 'general']);
      ms = day + h * HOUR_MS + r.int(0, 59) * MIN + r.int(0, 59) * 1000;
      if (ms >= fromMs && ms <= toMs) break;
      ms = NaN;
    }
    if (Number.isNaN(ms) || !problem) continue;
    const place = r.pick(env.placesFor.get(problem)!);
    const base = makeDraft(env, { ms, problem, place, urgent }, seq++);
    drafts.push(base);
    // Someone else reports the same thing: merged as a duplicate.
    if (drafts.length < count && !problem.reject && r.chance(0.025)) {
      const tms = ms + (urgent ? minutes(r, 3, 25) : hours(r, 1, 30));
      if (tms <= toMs) {
        const twin = makeDraft(env, { ms: tms, problem, place, urgent }, seq++, base);
        twin.dupOf = base;
        drafts.push(twin);
      }
    }
  }

  drafts.sort((a, b) => a.ms - b.ms || a.seq - b.seq);
  const perMonth = new Map<string, number>();
  for (const d of drafts) {
    const p = shanghaiParts(d.ms);
    const key = `${String(p.year % 100).padStart(2, '0')}${p2(p.month)}`;
    const n = (perMonth.get(key) ?? 0) + 1;
    perMonth.set(key, n);
    d.id = `${key}-${String(n).padStart(4, '0')}`;
  }
  return drafts.map((d) => toRecord(env, d));
}

// Mix summary: what the sample CLI prints, to check a sample against the intended mix above.

export interface MixSummary {
  total: number;
  urgent: number;
  external: number;
  online: number;
  phone: number;
  onsite: number;
  open: number;
  byStatus: Record<string, number>;
}

const OPEN = new Set<Status>(['received', 'acknowledged', 'in_progress', 'waiting_complainant', 'reopened']);

export function summarizeMix(records: ReadonlyArray<{ data: ComplaintRecord }>): MixSummary {
  const s: MixSummary = { total: records.length, urgent: 0, external: 0, online: 0, phone: 0, onsite: 0, open: 0, byStatus: {} };
  for (const { data } of records) {
    if (data.urgency === 'urgent') s.urgent++;
    if (data.responsibility === 'external') s.external++;
    s[data.channel]++;
    if (OPEN.has(data.status)) s.open++;
    s.byStatus[data.status] = (s.byStatus[data.status] ?? 0) + 1;
  }
  return s;
}

export function formatMix(s: MixSummary): string {
  const pct = (n: number) => (s.total ? ((100 * n) / s.total).toFixed(1) : '0.0') + '%';
  return `urgent ${pct(s.urgent)} · external ${pct(s.external)} · online ${pct(s.online)} · phone ${pct(s.phone)} · onsite ${pct(s.onsite)} · open ${s.open}`;
}
