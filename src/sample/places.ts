// Where a complaint is and who handles it: the config's buildings as places, which problems fit
// which places, the owner a complaint is assigned to, the contractor responsible for it, and the
// facts of a place (room, floor, window, dish) that its texts refer to. Everything is looked up by
// id in the config, so with another organisation's config unknown ids are skipped or internal.
import type { Config } from '../core/config.ts';
import { p2 } from './calendar.ts';
import type { Draft, Env, Place } from './model.ts';
import { PROBLEMS } from './problems.ts';
import type { Problem } from './problems.ts';
import { table } from './random.ts';
import type { Rng } from './random.ts';
import type { Vars } from './text.ts';

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

export function buildEnv(config: Config, r: Rng, toMs: number): Env {
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

export function categoryTeam(env: Env, cat: string): string {
  const t = env.categories.get(cat)?.team;
  return t && env.teams.has(t) ? t : env.staff[0]!.team;
}

function staffOf(env: Env, team: string, campus: string): string[] {
  const inTeam = env.staff.filter((s) => s.team === team);
  const local = inTeam.filter((s) => s.handle.includes(campus));
  return (local.length ? local : inTeam).map((s) => s.handle);
}

export function chooseOwner(env: Env, d: Pick<Draft, 'problem' | 'place' | 'source' | 'urgent'>): string {
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

export function contractorFor(env: Env, cat: string, place: Place): string | undefined {
  const id = CANTEEN_CATEGORIES.has(cat) ? CONTRACTOR_BY_CANTEEN[place.id] : CONTRACTOR_BY_CATEGORY[cat];
  return id && env.contractors.has(id) ? id : undefined;
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
export function placeVars(env: Env, p: Problem, place: Place, fixed?: { room?: string; fl?: string; window?: string }): { vars: Vars; window?: string } {
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
