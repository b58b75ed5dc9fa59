// A seeded, pure generator of a realistic sample ledger (no fs, env, network or clock):
// the same config, seed, count and window always give byte-identical records.
//
// Planted recurring hotspots (PLANTED_HOTSPOTS, in addition to the random background), so the
// monthly trend pages have something real to find:
//   (a) 2026-11  第一食堂 (canteen-1) 面食窗口, canteen-hygiene: plastic bowls with black stains
//       inside, 5 complaints; the first is reopened, the last carries the internal note that finds
//       the root cause (a clogged dishwasher filter).
//   (b) 2026-01  东区B栋 (east-dorm-b) 5楼, water-power: shower hot water not hot, 5 rooms on the same
//       floor; root cause a faulty return valve on the floor's hot-water branch.
//   (c) 2026-09  东西校区校车线 (shuttle-line), shuttle, external (tongda-bus): late departures in
//       the morning peak, 4 complaints; root cause buses in for servicing and no spare bus.
//   (d) 2026-07  西区2号学生公寓 (west-dorm-2), hvac: air-conditioners leaking water, 4 complaints;
//       root cause condensate outlets blocked by debris on the outdoor-unit platforms.
// In every cluster the early complaints get a fix that does not last (in (a) and (b) the first one
// is reopened), the last one carries the internal (public: false) root-cause note and the real fix,
// and each record lists the cluster's earlier ids in `related`. A hotspot is planted only when its
// month lies inside [from, to], its building exists in the config, and count leaves room for a
// background at least as large as the planted records.
//
// `count` is the total number of records, planted ones included. Everything after `to` is cut off,
// so recent complaints are still open; the mix (≈7 % urgent, ≈20 % external, ≈40 % online, ≈25 %
// phone), seasons, vacations and times of day are described where they are drawn below.
// The texts live in problems.ts.
import type { Config } from '../core/config.ts';
import type { ComplaintRecord, Status, TimelineEntry } from '../core/record.ts';
import { recordPath } from '../core/record.ts';
import { parseIso, shanghaiParts, toShanghaiIso, SHANGHAI_OFFSET_MS } from '../core/time.ts';
import { NOTES as N } from './notes.ts';
import { PROBLEMS } from './problems.ts';
import type { Demand, HourProfile, Problem, Season } from './problems.ts';

export interface GenerateOptions {
  config: Config;
  seed: number;
  count: number;
  /** ISO date-time with offset: first possible receipt. */
  from: string;
  /** ISO date-time with offset: the "now" of the sample; nothing happens after it. */
  to: string;
}

export interface GeneratedRecord {
  /** complaints/YYYY/MM/<id>.md */
  path: string;
  data: ComplaintRecord;
  body: string;
}

export interface PlantedHotspot {
  month: string;
  building: string;
  window?: string;
  room?: string;
  category: string;
  minCount: number;
  description: string;
}

export const PLANTED_HOTSPOTS: PlantedHotspot[] = [
  {
    month: '2026-11', building: 'canteen-1', window: '面食窗口', category: 'canteen-hygiene', minCount: 4,
    description: '第一食堂面食窗口塑料碗内壁有黑色污渍，反复出现；根因是洗碗机过滤网堵塞（见当月最后一条的内部备注）。',
  },
  {
    month: '2026-01', building: 'east-dorm-b', category: 'water-power', minCount: 4,
    description: '东区B栋5楼多间宿舍淋浴热水不热；根因是该层热水支管回水阀故障。',
  },
  {
    month: '2026-09', building: 'shuttle-line', category: 'shuttle', minCount: 3,
    description: '开学后早高峰校车多次晚点发车（承包商通达客运）；根因是车辆轮流进厂检修、缺少备用车。',
  },
  {
    month: '2026-07', building: 'west-dorm-2', category: 'hvac', minCount: 3,
    description: '西区2号学生公寓多间宿舍空调漏水；根因是外机平台杂物堵塞冷凝水排水管。',
  },
];

// ───────────────────────── PRNG ─────────────────────────

/** mulberry32: tiny, fast, good enough for sample data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A weighted choice prepared once: cumulative weights for a binary search. */
interface Table<T> {
  items: T[];
  cum: number[];
}
function table<T>(xs: ReadonlyArray<readonly [T, number]>): Table<T> {
  let total = 0;
  return { items: xs.map(([v]) => v), cum: xs.map(([, w]) => (total += w)) };
}

interface Rng {
  draw<T>(t: Table<T>): T;
  next(): number;
  int(lo: number, hi: number): number;
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  weighted<T>(xs: ReadonlyArray<readonly [T, number]>): T;
}

function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    between: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    draw: (t) => {
      const x = next() * t.cum[t.cum.length - 1]!;
      let lo = 0, hi = t.cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.cum[mid]! > x) hi = mid; else lo = mid + 1;
      }
      return t.items[lo]!;
    },
    weighted: (xs) => {
      let total = 0;
      for (const [, w] of xs) total += w;
      let x = next() * total;
      for (const [v, w] of xs) if ((x -= w) < 0) return v;
      return xs[xs.length - 1]![0];
    },
  };
  return rng;
}

// ───────────────────────── time helpers ─────────────────────────

const MIN = 60_000;
const HOUR_MS = 3_600_000;
const DAY = 86_400_000;
const p2 = (n: number) => String(n).padStart(2, '0');

/** Shanghai hour of day (0–23), without building a Date. */
const hourOf = (ms: number) => Math.floor((((ms + SHANGHAI_OFFSET_MS) % DAY) + DAY) % DAY / HOUR_MS);
/** Start of the Shanghai day containing ms. */
const dayStart = (ms: number) => Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY) * DAY - SHANGHAI_OFFSET_MS;
/** Whole seconds, so that toShanghaiIso(ms) round-trips exactly. */
const sec = (ms: number) => Math.floor(ms / 1000) * 1000;
/** A duration of between lo and hi minutes, in whole seconds. */
const minutes = (r: Rng, lo: number, hi: number) => Math.round(r.between(lo, hi) * 60) * 1000;
const hours = (r: Rng, lo: number, hi: number) => minutes(r, lo * 60, hi * 60);

/** Moves a staff action into working hours (start:00–18:00), the same day or the next morning. */
function workTime(ms: number, r: Rng, start = 8, end = 18): number {
  const h = hourOf(ms);
  if (h >= start && h < end) return ms;
  const base = h < start ? dayStart(ms) : dayStart(ms) + DAY;
  return base + start * HOUR_MS + minutes(r, 5, 55);
}

const isVacation = (m: number, d: number) => (m === 1 && d >= 15) || (m === 2 && d <= 22) || (m === 7 && d >= 12) || (m === 8 && d <= 25);
const isTermStart = (m: number, d: number) => (m === 2 && d >= 23) || (m === 3 && d <= 25) || (m === 9 && d <= 25);

function dayVolume(ms: number): number {
  const { month: m, day: d, weekday } = shanghaiParts(ms);
  let w = 1;
  if (isVacation(m, d)) w *= 0.3;
  if (isTermStart(m, d)) w *= 1.35;
  if (m === 10 && d <= 7) w *= 0.55; // National Day holiday
  if (weekday === 0 || weekday === 6) w *= 0.85;
  return w;
}

function seasonFactor(s: Season | undefined, m: number, d: number): number {
  switch (s) {
    case 'summer': return m >= 6 && m <= 9 ? 3 : m === 5 ? 1 : m === 10 ? 0.4 : 0.05;
    case 'winter': return m >= 11 || m <= 2 ? 3 : m === 3 ? 1 : m === 10 ? 0.3 : 0.05;
    case 'warm': return m >= 4 && m <= 10 ? 1.5 : 0.15;
    case 'term': return isTermStart(m, d) ? 2.5 : 1;
    default: return 1;
  }
}

const CATEGORY_WEIGHT: Record<string, number> = {
  'dorm-repair': 14, 'water-power': 11, hvac: 7, 'canteen-food': 7.5, 'canteen-hygiene': 4.5, 'canteen-service': 4.5,
  cleaning: 8, classroom: 7, laundry: 5, 'dorm-service': 6, shuttle: 1.8, parcel: 3, other: 3,
};

function categoryFactor(cat: string, m: number, d: number): number {
  const vac = isVacation(m, d);
  switch (cat) {
    case 'hvac': return m >= 6 && m <= 9 ? 3.2 : m === 12 || m <= 2 ? 2.2 : m === 11 || m === 3 ? 1.1 : 0.4;
    case 'water-power': return m >= 11 || m <= 2 ? 1.4 : 1;
    case 'dorm-repair': return isTermStart(m, d) ? 1.8 : 1;
    case 'dorm-service': return isTermStart(m, d) ? 1.3 : 1;
    case 'classroom': case 'shuttle': return vac ? 0.3 : 1;
    default: return 1;
  }
}

/** Hour-of-day weights (0..23) of when complaints come in. */
const HOURS: Record<HourProfile, number[]> = {
  general: [0.2, 0.1, 0.05, 0.03, 0.03, 0.08, 0.3, 1.2, 2.4, 2.6, 2.4, 2.2, 2.0, 2.0, 2.2, 2.2, 2.1, 2.0, 2.2, 2.6, 2.8, 2.6, 1.8, 0.8],
  meal: [0.05, 0, 0, 0, 0, 0, 0.3, 1.8, 1.6, 0.6, 0.4, 1.8, 3.0, 2.2, 1.0, 0.6, 0.6, 1.6, 2.8, 2.4, 1.8, 1.4, 1.0, 0.3],
  commute: [0, 0, 0, 0, 0, 0, 0.3, 3, 2.5, 1.2, 1, 1, 1.2, 1.4, 1.2, 1, 1, 2.2, 2.6, 1.5, 1.2, 1, 0.5, 0.1],
  class: [0, 0, 0, 0, 0, 0, 0.1, 1.5, 3, 3, 2.6, 2, 1.2, 1.5, 2.6, 2.6, 2.2, 1.6, 1.2, 2, 2, 1.6, 0.6, 0.1],
  urgent: [0.6, 0.5, 0.4, 0.3, 0.3, 0.4, 0.7, 1.2, 1.4, 1.3, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.3, 1.5, 1.6, 1.6, 1.5, 1.2, 0.9],
  parcel: [0, 0, 0, 0, 0, 0, 0, 0.3, 0.8, 1.6, 1.8, 1.6, 2.2, 2.0, 1.8, 1.8, 2.0, 2.2, 2.2, 1.6, 1.2, 0.8, 0.4, 0.1],
};
const HOUR_TABLES = Object.fromEntries(
  Object.entries(HOURS).map(([k, ws]) => [k, table(ws.map((w, h) => [h, w] as const))]),
) as Record<HourProfile, Table<number>>;

// ───────────────────────── templates ─────────────────────────

type Vars = Record<string, string>;
/** A parsed template: literal text, a {variable}, or [alternatives]. Parsed once, rendered many times. */
type Part = string | { v: string } | { alts: Part[][] };
const compiled = new Map<string, Part[]>();

function compileVars(s: string): Part[] {
  const out: Part[] = [];
  let last = 0;
  for (const m of s.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) out.push(s.slice(last, m.index));
    out.push({ v: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

function compile(tpl: string): Part[] {
  let parts = compiled.get(tpl);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of tpl.matchAll(/\[([^[\]]*)\]/g)) {
    parts.push(...compileVars(tpl.slice(last, m.index)));
    parts.push({ alts: m[1]!.split('|').map(compileVars) });
    last = m.index + m[0].length;
  }
  parts.push(...compileVars(tpl.slice(last)));
  compiled.set(tpl, parts);
  return parts;
}

function renderParts(parts: Part[], v: Vars, r: Rng, used?: Set<string>): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if ('v' in p) {
      out += v[p.v] ?? '';
      used?.add(p.v);
    } else out += renderParts(r.pick(p.alts), v, r, used);
  }
  return out;
}

/** Expands a template: one of each [a|b] and every {var}; records the variables used. */
const fill = (tpl: string, v: Vars, r: Rng, used?: Set<string>) => renderParts(compile(tpl), v, r, used);

/** "担心摔下来，希望尽快来紧固，并检查其他床" → "尽快来紧固，并检查其他床": the clauses that state the demand. */
function demandDetail(text: string, strict = false): string | undefined {
  const clauses = text.split(/[，。！？；]/).map((s) => s.trim()).filter(Boolean);
  let i = clauses.findIndex((s) => /^(希望|请|麻烦|要求|能不能|需)/.test(s));
  if (i < 0) {
    if (strict) return undefined;
    i = 0;
  }
  const out = [clauses[i]!.replace(/^(希望|请|麻烦|能不能|需)/, '')];
  for (const c of clauses.slice(i + 1)) {
    if (!/^(并|同时|以后|今后|必要时|或者|不要|有变动|保证|不能)/.test(c)) break;
    out.push(c);
  }
  const d = out.join('，').trim();
  return d ? d.slice(0, 300) : undefined;
}

/** The i-th of a set of alternatives that belong together (a single one fits all). */
const nth = <T>(xs: readonly T[], i: number): T => xs[xs.length === 1 ? 0 : i % xs.length]!;

// ───────────────────────── places and people ─────────────────────────

interface Place {
  id: string;
  name: string;
  short: string;
  kind: string;
  campus: string;
  windows: string[];
  staffDorm: boolean;
}

function shortName(name: string, kind: string): string {
  if (kind === 'dorm') {
    const s = name.replace(/学生公寓$/, '');
    return s === name ? name : s.endsWith('号') ? s + '楼' : s;
  }
  const m = /^第(.)食堂$/.exec(name);
  return m ? `${m[1]}食堂` : name;
}

function placeMatches(p: Place, token: string): boolean {
  if (token.startsWith('#')) return p.id === token.slice(1);
  if (token === 'student-dorm') return p.kind === 'dorm' && !p.staffDorm;
  if (token === 'staff-dorm') return p.kind === 'dorm' && p.staffDorm;
  return p.kind === token;
}

/** Where a contractor is responsible. Unknown ids (another config) fall back to internal. */
const CONTRACTOR_BY_CANTEEN: Record<string, string> = {
  'canteen-1': 'hefeng-catering', 'canteen-2': 'jiahe-catering', 'canteen-3': 'jiahe-catering',
};
const CONTRACTOR_BY_CATEGORY: Record<string, string> = { parcel: 'kuaida-parcel', shuttle: 'tongda-bus' };
const CANTEEN_CATEGORIES = new Set(['canteen-food', 'canteen-hygiene', 'canteen-service']);
const DORM_CATEGORIES = new Set(['dorm-repair', 'water-power', 'hvac', 'laundry', 'dorm-service', 'cleaning']);

type Family = 'repair' | 'property' | 'cleaning' | 'dorm' | 'catering' | 'transport' | 'parcel';
const FAMILY: Record<string, Family> = {
  'dorm-repair': 'repair', 'water-power': 'repair', hvac: 'repair', laundry: 'repair', classroom: 'property', other: 'property',
  cleaning: 'cleaning', 'dorm-service': 'dorm', 'canteen-food': 'catering', 'canteen-hygiene': 'catering',
  'canteen-service': 'catering', shuttle: 'transport', parcel: 'parcel',
};

// ───────────────────────── drafts ─────────────────────────

interface Cluster {
  fix: string;
  rootNote?: string;
  reopen?: { note: string; fix: string };
  members: Draft[];
}

interface Draft {
  ms: number;
  seq: number;
  problem: Problem;
  place: Place;
  room?: string;
  window?: string;
  detail?: string;
  vars: Vars;
  occurredMs: number;
  occurred: string;
  channel: 'onsite' | 'phone' | 'online';
  source: 'desk' | 'suggestion-box' | 'patrol' | 'hotline' | 'wechat' | 'mini-program';
  complainant: 'student' | 'staff' | 'visitor' | 'resident' | 'other';
  urgent: boolean;
  contractor?: string;
  demand: Demand;
  demandDetail?: string;
  title: string;
  body: string;
  owner: string;
  /** Which of the problem's paired alternatives this complaint is. */
  variant: number;
  dupOf?: Draft;
  cluster?: Cluster;
  id?: string;
}

interface Env {
  r: Rng;
  config: Config;
  toMs: number;
  places: Place[];
  placesFor: Map<Problem, Place[]>;
  urgentPool: Table<Problem>;
  catPools: Map<string, Problem[]>;
  categories: Map<string, Config['categories'][number]>;
  teams: Map<string, Config['teams'][number]>;
  contractors: Map<string, Config['contractors'][number]>;
  staff: Config['staff'];
  ackMin: number;
  urgentRespMin: number;
  urgentResolveMin: number;
}

function buildEnv(config: Config, r: Rng, toMs: number): Env {
  const places: Place[] = config.campuses.flatMap((c) =>
    c.buildings.map((b) => ({
      id: b.id, name: b.name, short: shortName(b.name, b.kind), kind: b.kind, campus: c.id,
      windows: b.windows, staffDorm: b.kind === 'dorm' && /教职工|职工|家属/.test(b.name),
    })),
  );
  const categories = new Map(config.categories.map((c) => [c.id, c]));
  const placesFor = new Map<Problem, Place[]>();
  for (const p of PROBLEMS) {
    if (!categories.has(p.cat)) continue;
    const ps = places.filter((pl) => p.where.some((t) => placeMatches(pl, t))
      && (!p.winStrict || pl.windows.some((w) => w.includes(p.win ?? ''))));
    if (ps.length) placesFor.set(p, ps);
  }
  // Targets the generated timings aim at (mostly met, some late), from the configured clocks.
  const minutesOf = (id: string, fallback: number) => {
    const t = config.service_levels.clocks[id]?.target;
    return t && 'minutes' in t ? t.minutes : fallback;
  };
  const eligible = [...placesFor.keys()];
  const catPools = new Map<string, Problem[]>();
  for (const p of eligible) if (!p.urgent) catPools.set(p.cat, [...(catPools.get(p.cat) ?? []), p]);
  return {
    r, config, toMs, places, placesFor, categories, catPools,
    urgentPool: table(eligible.filter((p) => p.urgent).map((p) => [p, p.w ?? 1] as const)),
    teams: new Map(config.teams.map((t) => [t.id, t])),
    contractors: new Map(config.contractors.map((c) => [c.id, c])),
    staff: config.staff,
    ackMin: minutesOf('acknowledge', 30),
    urgentRespMin: minutesOf('response', 10),
    urgentResolveMin: minutesOf('urgent_resolution', 120),
  };
}

function categoryTeam(env: Env, cat: string): string {
  const t = env.categories.get(cat)?.team;
  return t && env.teams.has(t) ? t : env.staff[0]!.team;
}

function staffOf(env: Env, team: string, campus: string): string[] {
  const inTeam = env.staff.filter((s) => s.team === team);
  const local = inTeam.filter((s) => s.handle.includes(campus));
  return (local.length ? local : inTeam).map((s) => s.handle);
}

function chooseOwner(env: Env, d: Pick<Draft, 'problem' | 'place' | 'source' | 'urgent'>): string {
  const { r } = env;
  const desk = staffOf(env, 'service-desk', d.place.campus);
  if (d.source === 'hotline' && desk.length && r.chance(0.2)) return r.pick(desk);
  if (d.source === 'desk' && d.place.kind === 'dorm' && DORM_CATEGORIES.has(d.problem.cat) && r.chance(0.4)) {
    const dorm = staffOf(env, 'dorm', d.place.campus);
    if (dorm.length) return r.pick(dorm);
  }
  const own = staffOf(env, categoryTeam(env, d.problem.cat), d.place.campus);
  if (own.length) return d.urgent && own.some((h) => h.endsWith('-lead')) && r.chance(0.6) ? own.find((h) => h.endsWith('-lead'))! : r.pick(own);
  return r.pick(env.staff).handle;
}

function contractorFor(env: Env, cat: string, place: Place): string | undefined {
  const id = CANTEEN_CATEGORIES.has(cat) ? CONTRACTOR_BY_CANTEEN[place.id] : CONTRACTOR_BY_CATEGORY[cat];
  return id && env.contractors.has(id) ? id : undefined;
}

const contractorShort = (name: string) => name.replace(/[（(].*$/, '').trim();

/** Staff apartments are homes, not dorm rooms: "304宿舍" → "304室", "同学" → "住户". */
function homeWording(text: string, room: string): string {
  return text
    .replaceAll(`${room}宿舍`, `${room}室`)
    .replaceAll('隔壁宿舍', '隔壁邻居家')
    .replaceAll('一半宿舍', '一半住户')
    .replaceAll('宿管阿姨', '值班室')
    .replaceAll('进入宿舍', '入户')
    .replaceAll('进宿舍', '入户')
    .replaceAll('宿舍里', '屋里')
    .replaceAll('同学', '住户');
}

function todText(occ: number, rec: number): string {
  const h = hourOf(occ);
  const seg = h < 5 ? '凌晨' : h < 10 ? '早上' : h < 14 ? '中午' : h < 17 ? '下午' : '晚上';
  if (dayStart(occ) === dayStart(rec)) return seg === '凌晨' ? '凌晨' : '今天' + seg;
  return '昨天' + seg;
}

function mealOf(occ: number): string {
  const h = hourOf(occ);
  return h < 10 ? '早饭' : h < 15 ? '午饭' : '晚饭';
}

function isoDate(ms: number): string {
  const p = shanghaiParts(ms);
  return `${p.year}-${p2(p.month)}-${p2(p.day)}`;
}

/** What a canteen window sells, by its name. */
const DISHES: Array<[string, string[]]> = [
  ['面', ['牛肉面', '刀削面', '炸酱面', '西红柿鸡蛋面']],
  ['麻辣烫', ['麻辣烫']],
  ['清真', ['牛肉拉面', '大盘鸡拌面', '黄焖鸡米饭']],
  ['早餐', ['肉包', '鸡蛋饼']],
  ['小炒', ['青椒肉丝', '宫保鸡丁', '鱼香肉丝']],
  ['', ['番茄炒蛋盖饭', '青椒肉丝饭', '红烧肉套餐', '鱼香肉丝饭', '土豆牛腩饭']],
];
const dishesAt = (window: string | undefined) => DISHES.find(([k]) => (window ?? '').includes(k))![1];

/** Fixed facts of a place for one complaint: room, floor, window, shuttle run. */
function placeVars(env: Env, p: Problem, place: Place, fixed?: { room?: string; fl?: string; window?: string }): { vars: Vars; window?: string } {
  const { r } = env;
  let fl: number;
  let room: string;
  if (place.kind === 'dorm') {
    const [lo, hi] = p.floors ?? [1, 6];
    fl = place.staffDorm ? r.int(p.floors ? 8 : 1, 11) : r.int(lo, hi);
    room = `${fl}${p2(r.int(1, place.staffDorm ? 4 : 24))}`;
  } else {
    fl = r.int(1, 5);
    room = `${fl}${p2(r.int(1, 16))}`;
  }
  if (fixed?.room) { room = fixed.room; fl = Number(room.slice(0, room.length - 2)); }
  const spot = place.kind === 'library' ? `${['', '一', '二', '三', '四', '五'][Math.min(Math.max(fl, 2), 4)]}楼自习区` : `${room}教室`;
  let window: string | undefined;
  if (p.win !== undefined && place.windows.length) {
    const allowed = place.windows.filter((w) => !p.winNot?.some((x) => w.includes(x)));
    const pref = allowed.filter((w) => w.includes(p.win!));
    window = fixed?.window ?? r.pick(pref.length ? pref : allowed.length ? allowed : place.windows);
  }
  const cat = env.categories.get(p.cat);
  const vars: Vars = {
    b: place.short, c: place.short, room, fl: fixed?.fl ?? String(fl), spot, win: window ?? '',
    dir: r.pick(['东区开往西区', '西区开往东区']),
    dish: r.pick(dishesAt(window)),
    office: env.teams.get(categoryTeam(env, p.cat))?.name ?? cat?.name ?? '',
    diag: '', parts: p.parts ?? '', con: '',
  };
  return { vars, window };
}

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

interface DraftSeed {
  ms: number;
  problem: Problem;
  place: Place;
  urgent: boolean;
  fixed?: { room?: string; fl?: string; window?: string };
  noExt?: boolean;
  forceExt?: boolean;
  /** Planted: which of the paired texts, and no anonymous suggestion box (it gets followed up). */
  variant?: number;
  noBox?: boolean;
}

function makeDraft(env: Env, s: DraftSeed, seq: number, base?: Draft): Draft {
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

// ───────────────────────── background sampling ─────────────────────────

function dayTable(fromMs: number, toMs: number): { days: number[]; cum: number[] } {
  const days: number[] = [];
  const cum: number[] = [];
  let total = 0;
  for (let t = dayStart(fromMs); t <= toMs; t += DAY) {
    total += dayVolume(t + 12 * HOUR_MS);
    days.push(t);
    cum.push(total);
  }
  return { days, cum };
}

function sampleDay(r: Rng, t: { days: number[]; cum: number[] }): number {
  const x = r.next() * t.cum[t.cum.length - 1]!;
  let lo = 0, hi = t.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.cum[mid]! > x) hi = mid; else lo = mid + 1;
  }
  return t.days[lo]!;
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

function pickProblem(env: Env, day: number): { problem: Problem; urgent: boolean } {
  const { r } = env;
  if (env.urgentPool.items.length && r.chance(0.075)) return { problem: r.draw(env.urgentPool), urgent: true };
  const w = dayWeights(env, day);
  const cat = r.draw(w.cats);
  return { problem: r.draw(w.problems.get(cat)!), urgent: false };
}

// ───────────────────────── planted hotspots ─────────────────────────

interface PlantSpec {
  hotspot: PlantedHotspot;
  problem: Problem;
  days: number[];
  hours: HourProfile;
  rooms?: string[];
  fl?: string;
  fix: string;
  rootNote: string;
  rootFix: string;
  reopen?: { note: string; fix: string };
}

// Planted problems: title[i], body[i] and ask[i] belong to the i-th complaint of the cluster.
const P_BOWLS: Problem = {
  key: 'planted-bowls', cat: 'canteen-hygiene', where: ['#canteen-1'], onset: 'today', hours: 'meal', win: '面食', ext: 1, pair: true,
  demand: [['improvement', 0.7], ['refund', 0.3]],
  title: [
    '{c}面食窗口塑料碗内壁有黑色污渍', '{c}面食窗口的碗里面有黑点，洗不干净', '{c}面食窗口碗底有黑色残渣',
    '面食窗口的塑料碗又有黑色污渍', '{c}面食窗口的碗还是发黑，问题一直没解决',
  ],
  body: [
    '{tod}在{c}面食窗口买了一碗[牛肉面|刀削面]，吃到一半发现塑料碗内壁有一圈黑色的污渍，用纸巾都擦不掉。',
    '{tod}在{c}面食窗口吃面，塑料碗里面有黑色的小斑点，用手一摸黏黏的，换了一个碗还是这样。',
    '{tod}在{c}面食窗口买的臊子面，吃完发现碗底有一层黑色的残渣，[旁边同学的碗也一样|不像是面里的东西]。',
    '这已经不是第一次了，{c}面食窗口的塑料碗内侧总有黑色污渍，{tod}又碰到了，[看着很不放心|吃面的心情都没了]。',
    '听说好多人都反映过{c}面食窗口的碗有黑色污渍，{tod}去吃面还是一样，碗沿和内壁都有黑印子。',
  ],
  ask: [
    '希望彻底清洗消毒这批碗，必要时换新。', '希望退款，并把餐具清洗的问题查清楚。', '希望查一下餐具是怎么洗的。',
    '希望查一下餐具到底是怎么洗的，不要只是换个碗。', '希望找到根本原因，别再只是重新洗一遍。',
  ],
  fix: [],
};

const P_SHOWER: Problem = {
  key: 'planted-shower', cat: 'water-power', where: ['#east-dorm-b'], onset: 'days', demand: 'repair', pair: true,
  title: ['{b}{room}宿舍淋浴热水不热', '{b}{room}洗澡水一直是温的', '{b}{room}宿舍热水出水不热', '{b}5楼热水温度上不来', '{b}5楼又没有热水了'],
  body: [
    '{room}宿舍卫生间淋浴放了十几分钟水还是温的，[晚上洗澡冻得发抖|天这么冷根本洗不了]。',
    '{room}宿舍这几天洗澡的水一直是温的，开到最热也不行，[只能去别的楼洗|只好烧水擦一擦]。',
    '{room}宿舍热水要放很久才出来，而且一会儿就凉了。听说同层其他宿舍也是这样。',
    '这几天{b}5楼洗澡的热水都不热，{room}宿舍[开到最热也只是温水|水温一直上不来]，好几个宿舍都这样。',
    '5楼前几天已经有好几个宿舍报修过，{room}宿舍现在还是没有热水，[晚上洗澡冻得发抖|天这么冷根本洗不了]。',
  ],
  ask: ['希望尽快检修。', '希望尽快派人来看看。', '希望尽快检修。', '希望查一下是不是整层的热水管有问题。', '希望彻底查清原因，不要修了又坏。'],
  fix: [],
};

const P_SHUTTLE: Problem = {
  key: 'planted-shuttle', cat: 'shuttle', where: ['#shuttle-line'], onset: 'now', hours: 'commute', ext: 1, demand: 'improvement', pair: true,
  title: ['早高峰{dep}{dir}的校车晚点发车', '{dir}的校车晚了十几分钟才来', '{dir}的校车连着几天不按时发车', '校车又晚点了，早高峰的班次晚了二十多分钟'],
  body: [
    '{tod}{dep}{dir}的校车过了十五分钟才来，站台上排了好几十个人，[第一节课迟到了|差点没赶上第一节课]。',
    '{tod}{dep}{dir}的校车晚了十几分钟才发车，司机说车在检修，也没有提前通知。',
    '开学以来{dir}的校车好几次都没按时刻表发车，{tod}{dep}那班又晚了十几分钟，[差点没赶上考试|站台上挤满了赶早课的同学]。',
    '{tod}{dep}的校车到点了还没到站，晚了二十多分钟才来，这个月已经好几次了。',
  ],
  ask: ['希望按时刻表准点发车。', '希望有变动能提前通知。', '希望早高峰多安排车辆，保证准点。', '希望彻底解决早高峰晚点的问题。'],
  fix: [],
};

const P_AC_LEAK: Problem = {
  key: 'planted-ac-leak', cat: 'hvac', where: ['#west-dorm-2'], onset: 'days', demand: 'repair', pair: true,
  title: ['{b}{room}宿舍空调漏水', '{b}{room}空调往下滴水，床铺湿了', '{b}{room}宿舍空调内机滴水', '{b}{room}空调也漏水了'],
  body: [
    '{room}宿舍空调开了半个小时，内机就开始往下滴水，地上接了两个盆。',
    '{room}宿舍空调一直往下滴水，正好滴在下面的床上，被子都湿了。',
    '这几天{room}宿舍空调一开就漏水，晚上热得不行也不敢开。',
    '{room}宿舍空调也开始漏水了，听说楼里好几个宿舍都有这个情况。',
  ],
  ask: ['希望尽快修好。', '希望尽快来修，被子都没法盖了。', '希望尽快修一下。', '希望查一下是不是整栋楼的排水管有问题。'],
  fix: [],
};

const PLANTS: PlantSpec[] = [
  {
    hotspot: PLANTED_HOTSPOTS[0]!, problem: P_BOWLS, days: [3, 9, 13, 19, 25], hours: 'meal',
    fix: '{con}已对面食窗口全部塑料碗重新清洗消毒，膳食科现场抽查合格。',
    reopen: { note: '投诉人再次反映，面食窗口的碗仍有黑色污渍，已再次联系{con}。', fix: '已要求面食窗口对餐具逐个检查，有污渍的碗全部重新清洗，膳食科连续三天抽查。' },
    rootNote: '本月面食窗口同类反映已有多起。膳食科会同{con}排查，发现该窗口洗碗机过滤网堵塞、循环水浑浊，塑料碗内壁残留黑色污渍。已清理过滤网、更换循环水，要求每天收餐后清洗过滤网并登记。',
    rootFix: '已查明原因：洗碗机过滤网堵塞，餐具清洗不净。{con}已清理过滤网并建立每日清洗登记，有污渍的塑料碗已全部更换，膳食科将连续两周抽查。',
  },
  {
    hotspot: PLANTED_HOTSPOTS[1]!, problem: P_SHOWER, days: [5, 7, 8, 11, 13], hours: 'general',
    rooms: ['503', '507', '511', '514', '518'], fl: '5',
    fix: '已检查{room}宿舍混水阀并重新调试，水温暂时恢复，将继续观察。',
    reopen: { note: '投诉人反映热水又不热了，已重新派单。', fix: '已再次调试混水阀，水温恢复，将与同层情况一并排查。' },
    rootNote: '5楼已有多间宿舍反映热水不热，排查发现该层热水支管回水阀故障，热水循环不到位，与单间混水阀无关。',
    rootFix: '已更换5楼热水支管回水阀，逐间放水测试，水温恢复正常。',
  },
  {
    hotspot: PLANTED_HOTSPOTS[2]!, problem: P_SHUTTLE, days: [7, 10, 16, 22], hours: 'commute',
    fix: '已将情况反馈{con}，要求该班次按点发车，并向投诉人致歉。',
    rootNote: '本月早高峰校车已多次晚点。与{con}核实：开学后两辆车轮流进厂检修，早高峰没有备用车，发车间隔被拉长。已要求其调配一辆备用车专跑早高峰。',
    rootFix: '{con}已增派备用车，早高峰按时刻表发车；车队将连续一周在发车点核查准点情况。',
  },
  {
    hotspot: PLANTED_HOTSPOTS[3]!, problem: P_AC_LEAK, days: [2, 5, 8, 10], hours: 'general',
    fix: '已疏通{room}宿舍空调排水管，试机不再漏水。',
    rootNote: '本楼本月已有多间宿舍反映空调漏水。排查发现外机平台上的落叶杂物堵住了冷凝水排水管出口，并非单台空调故障，已安排对全楼统一疏通。',
    rootFix: '已完成全楼空调排水管疏通和外机平台清理，{room}宿舍试机不再漏水。',
  },
];

function plantedSeeds(env: Env, fromMs: number, toMs: number): Array<{ seed: DraftSeed; cluster: Cluster }> {
  const { r } = env;
  const out: Array<{ seed: DraftSeed; cluster: Cluster }> = [];
  for (const spec of PLANTS) {
    const place = env.places.find((p) => p.id === spec.hotspot.building);
    if (!place || !env.categories.has(spec.problem.cat)) continue;
    const [y, m] = spec.hotspot.month.split('-').map(Number) as [number, number];
    const members: Draft[] = [];
    const seeds: Array<{ seed: DraftSeed; cluster: Cluster }> = [];
    spec.days.forEach((day, i) => {
      let start = Date.UTC(y, m - 1, day) - SHANGHAI_OFFSET_MS;
      if (spec.hours === 'commute') {
        const wd = shanghaiParts(start + 12 * HOUR_MS).weekday;
        if (wd === 0) start += DAY; else if (wd === 6) start += 2 * DAY;
      }
      const hour = spec.hours === 'commute' ? r.pick([7, 8]) : r.draw(HOUR_TABLES[spec.hours]);
      const ms = start + hour * HOUR_MS + r.int(0, 59) * MIN + r.int(0, 59) * 1000;
      if (ms < fromMs || ms > toMs) return;
      const last = i === spec.days.length - 1;
      const cluster: Cluster = {
        members,
        fix: last ? spec.rootFix : spec.fix,
        rootNote: last ? spec.rootNote : undefined,
        reopen: i === 0 ? spec.reopen : undefined,
      };
      seeds.push({
        seed: {
          ms, problem: spec.problem, place, urgent: false, forceExt: !!spec.problem.ext, noExt: !spec.problem.ext, variant: i, noBox: true,
          fixed: { room: spec.rooms?.[i], fl: spec.fl, window: spec.hotspot.window },
        },
        cluster,
      });
    });
    if (seeds.length < spec.hotspot.minCount) continue; // a partial cluster would not be a hotspot
    out.push(...seeds);
  }
  return out;
}

// ───────────────────────── lifecycle ─────────────────────────

interface Stamp { ms: number; e: TimelineEntry }

/** How an acknowledgement reads, by where the complaint came in. */
function ackPool(d: Draft): string[] {
  if (d.channel === 'online') return N.ackOnline;
  if (d.channel === 'phone') return N.ackPhone;
  return d.source === 'suggestion-box' ? N.ackBox : d.source === 'patrol' ? N.ackPatrol : N.ackDesk;
}
type Sat = NonNullable<ComplaintRecord['satisfaction']>;

function lifecycle(env: Env, d: Draft): { stamps: Stamp[]; sat?: { ms: number; s: Sat }; teams: string[] } {
  const { r } = env;
  const p = d.problem;
  const v: Vars = { ...d.vars, dup: d.dupOf?.id ?? '', ackMin: String(env.ackMin) };
  const fam = FAMILY[p.cat] ?? 'property';
  const ext = !!d.contractor;
  const ownerTeam = env.staff.find((s) => s.handle === d.owner)?.team ?? categoryTeam(env, p.cat);
  const act = categoryTeam(env, p.cat);
  const stamps: Stamp[] = [];
  const teams = new Set<string>([ownerTeam, act]);
  let last = d.ms;
  const add = (at: number, e: { status?: Status; note?: string; public?: boolean; team?: string }): number => {
    at = sec(at);
    if (stamps.length && at <= last) at = last + minutes(r, 1, 4);
    last = at;
    const entry: TimelineEntry = { at: toShanghaiIso(at), public: e.public ?? false };
    if (e.status) entry.status = e.status;
    if (e.team && env.teams.has(e.team)) { entry.team = e.team; teams.add(e.team); }
    if (e.note) entry.note = e.note;
    stamps.push({ ms: at, e: entry });
    return at;
  };
  const home = (x: string) => (d.place.staffDorm ? homeWording(x, v.room!) : x);
  const note = (pool: string[]) => home(fill(r.pick(pool), v, r));
  // Paired problems, and diag/fix lists of equal length, keep the finding and the fix together.
  const together = p.pair || (p.diag && p.diag.length === p.fix.length);
  const fixNote = () => home(fill(together ? nth(p.fix, d.variant) : r.pick(p.fix), v, r));
  v.diag = p.diag ? fill(together ? nth(p.diag, d.variant) : r.pick(p.diag), v, r) : '';

  add(d.ms, { status: 'received' });

  // Duplicate: merged into the earlier complaint.
  if (d.dupOf) {
    if (d.urgent) {
      add(d.ms + minutes(r, 2, 8), { status: 'duplicate', note: note(N.dupUrgent), public: true, team: ownerTeam });
    } else {
      const ack = r.chance(0.5) ? add(d.ms + minutes(r, 3, 25), { status: 'acknowledged', note: note(ackPool(d)), public: true, team: ownerTeam }) : d.ms;
      add(workTime(ack + minutes(r, 20, 240), r), { status: 'duplicate', note: note(N.dup), public: true, team: ownerTeam });
    }
    return { stamps, teams: [...teams] };
  }

  // Out of the centre's scope.
  if (p.reject) {
    const ack = r.chance(0.6) ? add(d.ms + minutes(r, 3, 25), { status: 'acknowledged', note: note(ackPool(d)), public: true, team: ownerTeam }) : d.ms;
    add(workTime(ack + minutes(r, 30, 360), r), { status: 'rejected', note: note(p.reject), public: true, team: ownerTeam });
    return { stamps, teams: [...teams] };
  }

  let resolvedAt: number;
  let late = false;
  let reopened = false;

  if (d.urgent) {
    add(d.ms + minutes(r, 1, 3), { status: 'acknowledged', note: note(N.urgentAck), public: true, team: ownerTeam });
    const resp = env.urgentRespMin;
    add(d.ms + minutes(r, Math.max(3, resp * 0.4), r.chance(0.85) ? resp : resp * 1.8), { status: 'in_progress', note: note(p.control ?? N.urgentArrive[fam] ?? N.urgentArrive.repair!), public: true, team: act });
    add(d.ms + minutes(r, 18, 40), { note: note(N.urgentArrive[fam] ?? N.urgentArrive.repair!), public: true, team: act });
    const res = env.urgentResolveMin;
    resolvedAt = add(d.ms + minutes(r, res * 0.45, r.chance(0.8) ? res : res * 1.5), { status: 'resolved', note: fixNote(), public: true, team: act });
    if (p.extraTeam) add(resolvedAt + minutes(r, 10, 60), { note: note(p.extraNote ?? ['{office}已配合处理。']), public: r.chance(0.5), team: p.extraTeam });
    late = resolvedAt - d.ms > res * MIN;
  } else {
    const planted = !!d.cluster;
    const age = env.toMs - d.ms;
    const slowNow = !planted && age < 10 * DAY && r.chance(age < 3 * DAY ? 0.9 : 0.7);
    // Acknowledgement.
    let t = d.ms;
    const quick = !planted && d.source === 'desk' && p.speed === 'fast' && r.chance(0.25);
    if (quick) {
      resolvedAt = add(d.ms + minutes(r, 15, 50), { status: 'resolved', note: fill(N.quick[0]!, { ...v, fix: fixNote() }, r), public: true, team: act });
    } else {
      let lateAck = false;
      if (d.source === 'patrol' && r.chance(0.5)) {
        // Staff found it themselves: straight to work.
      } else {
        const h = hourOf(d.ms);
        let delay: number;
        let pool = ackPool(d);
        if (d.channel === 'online') {
          lateAck = r.chance(h < 7 || h >= 23 ? 0.45 : 0.1);
          delay = lateAck ? minutes(r, env.ackMin + 5, env.ackMin * 5) : minutes(r, 2, env.ackMin - 2);
          if (lateAck) pool = N.ackOnlineLate;
        } else if (d.channel === 'phone') delay = minutes(r, 1, 8);
        else if (d.source === 'suggestion-box') delay = minutes(r, 10, 90);
        else if (d.source === 'patrol') delay = minutes(r, 3, 30);
        else delay = minutes(r, 3, 40);
        t = add(d.ms + delay, { status: 'acknowledged', note: note(pool), public: true, team: ownerTeam });
        if (lateAck && r.chance(0.6)) add(t + minutes(r, 5, 60), { note: note(N.lateAckInternal), team: ownerTeam });
      }

      // Withdrawn before anything is done.
      if (!planted && r.chance(0.02)) {
        add(t + hours(r, 2, 40), { status: 'withdrawn', note: note(N.withdraw), public: true, team: ownerTeam });
        return { stamps, teams: [...teams] };
      }

      // Waiting for the complainant (appointment to enter a room, or missing details).
      // (an appointment to enter a room, or details asked for in the channel the complaint came from)
      const dormWait = d.place.kind === 'dorm' && !!d.room;
      const facility = fam === 'repair' || fam === 'property' || fam === 'cleaning';
      const canWait = !planted && t !== d.ms && (dormWait || d.channel === 'online') && r.chance(age < 10 * DAY ? 0.15 : 0.05);
      let resumed = false;
      if (canWait) {
        const [waitPool, resumePool] = dormWait ? [N.waitDorm, N.resumeDorm] : facility ? [N.waitInfo, N.resumeInfo] : [N.waitFacts, N.resumeFacts];
        t = add(workTime(t + hours(r, 0.5, 6), r), { status: 'waiting_complainant', note: note(waitPool), public: true, team: ownerTeam });
        if (r.chance(0.25)) {
          add(workTime(t + hours(r, 5 * 24, 7 * 24), r), { status: 'closed', note: note(N.waitClose), public: true, team: ownerTeam });
          return { stamps, teams: [...teams] };
        }
        t = add(workTime(t + hours(r, 8, 60), r), { status: 'in_progress', note: note(resumePool), public: true, team: act });
        resumed = true;
      }

      // Someone goes and looks (progress feedback, mostly within 24 h).
      if (!resumed) {
        // Late feedback now and then; the newest complaints often still wait for someone to go and look.
        const gap = age < 3 * DAY && r.chance(0.35) ? hours(r, 20, 96) : r.chance(0.08) ? hours(r, 24, 40) : hours(r, 0.3, 16);
        const key = ext ? (p.diag ? `${fam}ExtDiag` : `${fam}Ext`) : p.diag && (fam === 'repair' || fam === 'property') ? `${fam}Diag` : fam;
        const pool = N.progress[key] ?? N.progress[ext ? `${fam}Ext` : fam] ?? N.progress.repair!;
        t = add(workTime(t + gap, r), { status: 'in_progress', note: note(pool), public: true, team: act });
      }
      if (ext) add(t + minutes(r, 10, 120), { note: note(N.contractor), team: act });
      else if (r.chance(0.3)) {
        const pool = fam === 'property' && d.place.kind === 'teaching' ? N.coord.propertyTeaching!
          : [...(N.coord[fam] ?? []), ...(fam === 'repair' && d.place.kind === 'dorm' && !d.place.staffDorm ? N.coord.repairDorm! : [])];
        if (pool.length) add(t + minutes(r, 10, 180), { note: note(pool), team: ownerTeam });
      }

      // How long until it is fixed.
      late = !planted && r.chance(p.speed === 'slow' ? 0.25 : 0.12);
      const speed = p.speed ?? 'normal';
      let delayH: number;
      if (slowNow) delayH = r.between(4 * 24, 12 * 24);
      else if (late) delayH = r.between(5 * 24, 10 * 24);
      else if (speed === 'fast') delayH = r.chance(0.6) ? r.between(1, 6) : r.between(6, 30);
      else if (speed === 'slow') delayH = r.between(48, 96);
      else { const x = r.next(); delayH = x < 0.2 ? r.between(3, 10) : x < 0.78 ? r.between(18, 72) : r.between(72, 96); }
      const target = d.ms + Math.round(delayH * 3600) * 1000;
      if (late || slowNow) {
        const pool = ext ? N.slowExt : p.parts && (fam === 'repair' || fam === 'property') ? N.parts : N.slow;
        add(workTime(t + hours(r, 2, 20), r), { note: note(pool), public: true, team: act });
      }
      if (d.cluster?.rootNote) add(target - hours(r, 2, 8), { note: fill(d.cluster.rootNote, v, r), team: act });
      if (p.extraTeam && r.chance(0.5)) add(target - hours(r, 1, 3), { note: note(p.extraNote ?? ['{office}已配合处理。']), team: p.extraTeam });
      const fix = d.cluster ? fill(d.cluster.fix, v, r) : fixNote();
      resolvedAt = add(workTime(Math.max(target, last + minutes(r, 25, 90)), r), { status: 'resolved', note: fix, public: true, team: act });
    }

    // A fix that did not hold.
    const reopen = d.cluster?.reopen;
    if (d.cluster ? !!reopen : !quick && r.chance(ext ? 0.04 : 0.07)) {
      reopened = true;
      const t1 = add(workTime(resolvedAt + hours(r, 24, 6 * 24), r, 8, 22), { status: 'reopened', note: reopen ? fill(reopen.note, v, r) : note(ext ? N.reopenExt : N.reopen), public: true, team: ownerTeam });
      const t2 = add(workTime(t1 + hours(r, 1, 18), r), { status: 'in_progress', note: note(N.second[fam] ?? N.second.repair!), public: true, team: act });
      resolvedAt = add(workTime(t2 + hours(r, 3, 48), r), { status: 'resolved', note: reopen ? fill(reopen.fix, v, r) : note(ext ? N.refixExt : N.refix), public: true, team: act });
    }
  }

  // Follow-up (回访) and closing.
  let sat: { ms: number; s: Sat } | undefined;
  if (d.source === 'patrol') {
    add(workTime(resolvedAt + hours(r, 20, 72), r), { status: 'closed', note: note(N.closePatrol), team: ownerTeam });
  } else if (r.chance(0.88)) {
    const at = sec(workTime(resolvedAt + hours(r, 20, 72), r, 9, 17));
    const box = d.source === 'suggestion-box';
    const result = box && r.chance(0.7) ? 'unreachable'
      : late || reopened ? r.weighted([['satisfied', 0.45], ['neutral', 0.25], ['dissatisfied', 0.22], ['unreachable', 0.08]] as const)
      : r.weighted([['satisfied', 0.78], ['neutral', 0.13], ['dissatisfied', 0.04], ['unreachable', 0.05]] as const);
    const pool = result === 'unreachable' ? (box ? N.sat.unreachableBox! : d.channel === 'online' ? N.sat.unreachableOnline! : N.sat.unreachable!) : N.sat[result]!;
    const s: Sat = { at: toShanghaiIso(at), result };
    if (result !== 'satisfied' || r.chance(0.5)) s.note = note(pool);
    sat = { ms: at, s };
    add(workTime(at + hours(r, 0.5, 48), r), { status: 'closed', note: r.chance(0.5) ? note(N.close) : undefined, team: ownerTeam });
  } else {
    add(workTime(resolvedAt + 7 * DAY + hours(r, 0, 30), r), { status: 'closed', note: note(N.closeNoSat), team: ownerTeam });
  }
  return { stamps, sat, teams: [...teams] };
}

function toRecord(env: Env, d: Draft): GeneratedRecord {
  const { stamps, sat, teams } = lifecycle(env, d);
  const kept = stamps.filter((s) => s.ms <= env.toMs);
  let status: Status = 'received';
  for (const s of kept) if (s.e.status) status = s.e.status;
  const data: ComplaintRecord = {
    id: d.id!,
    title: d.title,
    received_at: toShanghaiIso(d.ms),
    channel: d.channel,
    source: d.source,
    complainant: d.complainant,
    occurred_at: d.occurred,
    place: {
      building: d.place.id,
      ...(d.room ? { room: d.room } : {}),
      ...(d.window ? { window: d.window } : {}),
      ...(d.detail ? { detail: d.detail } : {}),
    },
    category: d.problem.cat,
    urgency: d.urgent ? 'urgent' : 'general',
    responsibility: d.contractor ? 'external' : 'internal',
    ...(d.contractor ? { contractor: d.contractor } : {}),
    demand: d.demand,
    ...(d.demandDetail ? { demand_detail: d.demandDetail } : {}),
    owner: d.owner,
    teams,
    status,
    timeline: kept.map((s) => s.e),
    ...(sat && sat.ms <= env.toMs && (status === 'resolved' || status === 'closed') ? { satisfaction: sat.s } : {}),
    ...(d.dupOf && status === 'duplicate' ? { duplicate_of: d.dupOf.id! } : {}),
    related: d.cluster ? d.cluster.members.filter((m) => m.ms < d.ms).slice(-4).map((m) => m.id!) : [],
  };
  return { path: recordPath(data.id, d.ms), data, body: d.body };
}

// ───────────────────────── entry point ─────────────────────────

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

// ───────────────────────── mix summary ─────────────────────────

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
