// One complaint's fixed facts: what is complained about (by the day's seasonal weights), when it
// occurred, how and by whom it came in, its title, body and demand, and its owner. A duplicate is
// drafted from its original (same place facts, occurrence, contractor and text variant), so both
// describe one event.
import { shanghaiParts, toShanghaiIso } from '../core/time.ts';
import {
  CATEGORY_WEIGHT, DAY, HOUR_MS, MIN, categoryFactor, dayStart, hourOf, isVacation, isoDate, minutes, p2, sec, seasonFactor,
} from './calendar.ts';
import type { Draft, DraftSeed, Env, Place } from './model.ts';
import { chooseOwner, contractorFor, placeVars } from './places.ts';
import type { Problem } from './problems.ts';
import { table } from './random.ts';
import type { Table } from './random.ts';
import { contractorShort, demandDetail, fill, homeWording, mealOf, nth, todText } from './text.ts';
import type { Vars } from './text.ts';

/** Meal service hours (Shanghai wall clock). */
const MEAL_SLOTS = { breakfast: [6.5, 8.5], lunch: [11, 13], dinner: [17, 19] } as const;

function occurredFor(env: Env, p: Problem, ms: number): number {
  const { r } = env;
  if (p.hours === 'meal' && p.onset === 'today') {
    // At the latest meal it could have happened at (today's, else yesterday's).
    const latest = ms - 10 * MIN;
    let best: [number, number] | undefined;
    for (const back of [0, 1]) {
      for (const m of p.meals ?? (['breakfast', 'lunch', 'dinner'] as const)) {
        const [a, b] = MEAL_SLOTS[m];
        const start = dayStart(ms) - back * DAY + a * HOUR_MS;
        if (start <= latest && (!best || start > best[0])) best = [start, Math.min(start + (b - a) * HOUR_MS, latest)];
      }
    }
    if (best) return sec(best[0] + r.next() * (best[1] - best[0]));
  }
  if (p.onset === 'now') return sec(ms - minutes(r, p.urgent ? 2 : 5, p.urgent ? 20 : 40));
  if (p.onset === 'today') {
    let o = ms - minutes(r, 20, 300);
    const six = dayStart(ms) + 6 * HOUR_MS;
    if (o < six && ms > six + 30 * MIN) o = six + minutes(r, 20, Math.max(21, (ms - six) / MIN - 10));
    return sec(Math.min(o, ms - 5 * MIN));
  }
  return dayStart(ms) - r.int(1, 6) * DAY;
}

/** Title and body of one complaint, given its fixed facts. */
function writeText(env: Env, d: Draft): { title: string; body: string; ask: string; usesRoom: boolean; usesFl: boolean; usesDep: boolean } {
  const { r } = env;
  const p = d.problem;
  const v = d.vars;
  v.tod = todText(d.occurredMs, d.ms);
  v.meal = mealOf(d.occurredMs);
  const op = shanghaiParts(d.occurredMs);
  v.dep = `${op.hour}:${p2(Math.floor(op.minute / 10) * 10)}`;
  const used = new Set<string>();
  const t = fill(p.pair ? nth(p.title, d.variant) : r.pick(p.title), v, r, used);
  const patrol = d.source === 'patrol' && p.patrol;
  const b = fill(patrol ? r.pick(p.patrol!) : p.pair ? nth(p.body, d.variant) : r.pick(p.body), v, r, used);
  const a = patrol ? '' : fill(p.pair ? nth(p.ask, d.variant) : r.pick(p.ask), v, r);
  const home = (x: string) => (d.place.staffDorm ? homeWording(x, v.room!) : x);
  return {
    title: home(t).slice(0, 80),
    body: home(b + a),
    ask: home(patrol ? b : a),
    usesRoom: (used.has('room') || used.has('spot')) && d.place.kind !== 'library',
    usesFl: used.has('fl'),
    usesDep: used.has('dep'),
  };
}

function pickChannel(env: Env, p: Problem, hour: number, place: Place): Pick<Draft, 'channel' | 'source'> {
  const urgent = !!p.urgent;
  const { r } = env;
  let channel = urgent
    ? r.weighted([['phone', 0.55], ['online', 0.2], ['onsite', 0.25]] as const)
    : r.weighted([['online', 0.41], ['phone', 0.225], ['onsite', 0.365]] as const);
  if (channel === 'onsite' && !urgent && (hour < 7 || hour >= 23)) channel = 'online';
  if (channel === 'online') return { channel, source: r.chance(0.45) ? 'wechat' : 'mini-program' };
  if (channel === 'phone') return { channel, source: 'hotline' };
  let src = urgent
    ? r.weighted([['desk', 0.6], ['patrol', 0.4]] as const)
    : place.kind === 'dorm' ? r.weighted([['desk', 0.7], ['patrol', 0.3]] as const)
    : place.kind === 'canteen' ? r.weighted([['suggestion-box', 0.4], ['desk', 0.35], ['patrol', 0.25]] as const)
    : place.kind === 'parcel' || place.kind === 'transport' ? r.weighted([['desk', 0.75], ['patrol', 0.25]] as const)
    : r.weighted([['desk', 0.5], ['patrol', 0.5]] as const);
  // Only what a supervisor can see on a round is found on patrol; the rest is reported at a desk.
  if (src === 'patrol' && !p.patrol) src = place.kind === 'canteen' && !urgent && r.chance(0.5) ? 'suggestion-box' : 'desk';
  return { channel, source: src };
}

function pickComplainant(env: Env, d: Pick<Draft, 'source' | 'place' | 'problem' | 'ms'>): Draft['complainant'] {
  const { r } = env;
  if (d.source === 'patrol') return 'staff';
  if (d.place.staffDorm) return r.chance(0.6) ? 'resident' : 'staff';
  const { month, day } = shanghaiParts(d.ms);
  const vac = isVacation(month, day);
  const kind = d.place.kind;
  let staff = d.problem.staff ?? (kind === 'teaching' ? 0.25 : kind === 'office' ? 0.8 : kind === 'canteen' ? 0.1 : kind === 'dorm' ? 0.01 : 0.08);
  if (vac && kind !== 'dorm') staff = Math.min(0.9, staff * 2 + 0.1);
  const visitor = ['canteen', 'library', 'sports', 'parcel', 'transport'].includes(kind) ? 0.04 : 0.005;
  const resident = kind === 'sports' || kind === 'parcel' ? 0.05 : 0.005;
  return r.weighted([
    ['student', Math.max(0.05, 1 - staff - visitor - resident)], ['staff', staff], ['visitor', visitor], ['resident', resident],
  ] as const);
}

export function makeDraft(env: Env, s: DraftSeed, seq: number, base?: Draft): Draft {
  const { r } = env;
  const p = s.problem;
  const hour = hourOf(s.ms);
  const ch = pickChannel(env, p, hour, s.place);
  if (s.noBox && ch.source === 'suggestion-box') ch.source = 'desk';
  const complainant = pickComplainant(env, { source: ch.source, place: s.place, problem: p, ms: s.ms });
  let vars: Vars, window: string | undefined, occurredMs: number;
  if (base) {
    vars = { ...base.vars };
    window = base.window;
    occurredMs = base.occurredMs;
  } else {
    ({ vars, window } = placeVars(env, p, s.place, s.fixed));
    // Found on a round: it is dated when it was seen.
    occurredMs = ch.source === 'patrol' ? (p.onset === 'days' ? dayStart(s.ms) : sec(s.ms - minutes(r, 2, 15))) : occurredFor(env, p, s.ms);
  }
  const cid = contractorFor(env, p.cat, s.place);
  const external = base ? !!base.contractor : !!cid && !s.noExt && (s.forceExt || r.chance(p.ext ?? 0));
  const contractor = external ? cid : undefined;
  if (contractor) vars.con = contractorShort(env.contractors.get(contractor)!.name);
  const demand = typeof p.demand === 'string' ? p.demand : r.weighted(p.demand);
  const d: Draft = {
    ms: s.ms, seq, problem: p, place: s.place, vars, window, occurredMs,
    occurred: p.onset === 'days' ? isoDate(occurredMs) : toShanghaiIso(occurredMs),
    ...ch, complainant, urgent: s.urgent, contractor, demand,
    title: '', body: '', owner: '',
    variant: base ? base.variant : s.variant ?? r.int(0, 11),
  };
  const text = writeText(env, d);
  d.title = text.title;
  d.body = text.body;
  d.demandDetail = demandDetail(text.ask, d.source === 'patrol');
  if (base) {
    d.room = base.room; d.detail = base.detail;
  } else {
    if (text.usesRoom) d.room = vars.room;
    if (s.place.kind === 'library' && /自习区/.test(d.title + d.body)) d.detail = vars.spot;
    else if (s.place.kind === 'transport' && text.usesDep) d.detail = `${vars.dir}，${vars.dep}班次`;
    else if (!d.room && text.usesFl) d.detail = `${vars.fl}楼`;
    if (s.fixed?.fl) d.detail = `${s.fixed.fl}楼`;
  }
  d.owner = chooseOwner(env, d);
  return d;
}

/** Category and problem weights of one day (seasons), computed once per day. */
interface DayWeights {
  cats: Table<string>;
  problems: Map<string, Table<Problem>>;
}
const dayWeightCache = new WeakMap<Env, Map<number, DayWeights>>();

function dayWeights(env: Env, day: number): DayWeights {
  let cache = dayWeightCache.get(env);
  if (!cache) dayWeightCache.set(env, (cache = new Map()));
  let w = cache.get(day);
  if (w) return w;
  const { month: m, day: d } = shanghaiParts(day + 12 * HOUR_MS);
  w = {
    cats: table([...env.catPools.keys()].map((c) => [c, (CATEGORY_WEIGHT[c] ?? 1) * categoryFactor(c, m, d)] as const)),
    problems: new Map([...env.catPools].map(([c, ps]) => [c, table(ps.map((p) => [p, (p.w ?? 1) * seasonFactor(p.season, m, d)] as const))])),
  };
  cache.set(day, w);
  return w;
}

export function pickProblem(env: Env, day: number): { problem: Problem; urgent: boolean } {
  const { r } = env;
  if (env.urgentPool.items.length && r.chance(0.075)) return { problem: r.draw(env.urgentPool), urgent: true };
  const w = dayWeights(env, day);
  const cat = r.draw(w.cats);
  return { problem: r.draw(w.problems.get(cat)!), urgent: false };
}
