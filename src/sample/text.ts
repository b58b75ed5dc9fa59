// Wording: the template mini-language of problems.ts and notes.ts ([a|b] picks one alternative,
// {var} inserts a fact of the complaint) and the small phrases derived from a complaint's facts.
// Templates are parsed once and cached, since the same ones are rendered again for every record.
import { dayStart, hourOf } from './calendar.ts';
import type { Rng } from './random.ts';

export type Vars = Record<string, string>;
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
export const fill = (tpl: string, v: Vars, r: Rng, used?: Set<string>) => renderParts(compile(tpl), v, r, used);

/** "担心摔下来，希望尽快来紧固，并检查其他床" → "尽快来紧固，并检查其他床": the clauses that state the demand. */
export function demandDetail(text: string, strict = false): string | undefined {
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
export const nth = <T>(xs: readonly T[], i: number): T => xs[xs.length === 1 ? 0 : i % xs.length]!;

export const contractorShort = (name: string) => name.replace(/[（(].*$/, '').trim();

/** Staff apartments are homes, not dorm rooms: "304宿舍" → "304室", "同学" → "住户". */
export function homeWording(text: string, room: string): string {
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

export function todText(occ: number, rec: number): string {
  const h = hourOf(occ);
  const seg = h < 5 ? '凌晨' : h < 10 ? '早上' : h < 14 ? '中午' : h < 17 ? '下午' : '晚上';
  if (dayStart(occ) === dayStart(rec)) return seg === '凌晨' ? '凌晨' : '今天' + seg;
  return '昨天' + seg;
}

export function mealOf(occ: number): string {
  const h = hourOf(occ);
  return h < 10 ? '早饭' : h < 15 ? '午饭' : '晚饭';
}
