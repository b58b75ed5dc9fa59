// When things happen: Shanghai wall-clock helpers, working hours, the academic calendar (vacations,
// term starts, seasons) and the day, category and hour weights the background is drawn from.
// Times are epoch milliseconds; Shanghai has a fixed UTC+8 offset (no DST), so day boundaries are
// plain arithmetic, which keeps the per-record hot paths free of Date objects.
import { shanghaiParts, SHANGHAI_OFFSET_MS } from '../core/time.ts';
import type { HourProfile, Season } from './problems.ts';
import { table } from './random.ts';
import type { Rng, Table } from './random.ts';

export const MIN = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY = 86_400_000;
export const p2 = (n: number) => String(n).padStart(2, '0');

/** Shanghai hour of day (0–23), without building a Date. */
export const hourOf = (ms: number) => Math.floor((((ms + SHANGHAI_OFFSET_MS) % DAY) + DAY) % DAY / HOUR_MS);
/** Start of the Shanghai day containing ms. */
export const dayStart = (ms: number) => Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY) * DAY - SHANGHAI_OFFSET_MS;
/** Whole seconds, so that toShanghaiIso(ms) round-trips exactly. */
export const sec = (ms: number) => Math.floor(ms / 1000) * 1000;
/** A duration of between lo and hi minutes, in whole seconds. */
export const minutes = (r: Rng, lo: number, hi: number) => Math.round(r.between(lo, hi) * 60) * 1000;
export const hours = (r: Rng, lo: number, hi: number) => minutes(r, lo * 60, hi * 60);

/** Moves a staff action into working hours (start:00–18:00), the same day or the next morning. */
export function workTime(ms: number, r: Rng, start = 8, end = 18): number {
  const h = hourOf(ms);
  if (h >= start && h < end) return ms;
  const base = h < start ? dayStart(ms) : dayStart(ms) + DAY;
  return base + start * HOUR_MS + minutes(r, 5, 55);
}

export const isVacation = (m: number, d: number) => (m === 1 && d >= 15) || (m === 2 && d <= 22) || (m === 7 && d >= 12) || (m === 8 && d <= 25);
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

export function seasonFactor(s: Season | undefined, m: number, d: number): number {
  switch (s) {
    case 'summer': return m >= 6 && m <= 9 ? 3 : m === 5 ? 1 : m === 10 ? 0.4 : 0.05;
    case 'winter': return m >= 11 || m <= 2 ? 3 : m === 3 ? 1 : m === 10 ? 0.3 : 0.05;
    case 'warm': return m >= 4 && m <= 10 ? 1.5 : 0.15;
    case 'term': return isTermStart(m, d) ? 2.5 : 1;
    default: return 1;
  }
}

export const CATEGORY_WEIGHT: Record<string, number> = {
  'dorm-repair': 14, 'water-power': 11, hvac: 7, 'canteen-food': 7.5, 'canteen-hygiene': 4.5, 'canteen-service': 4.5,
  cleaning: 8, classroom: 7, laundry: 5, 'dorm-service': 6, shuttle: 1.8, parcel: 3, other: 3,
};

export function categoryFactor(cat: string, m: number, d: number): number {
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
export const HOUR_TABLES = Object.fromEntries(
  Object.entries(HOURS).map(([k, ws]) => [k, table(ws.map((w, h) => [h, w] as const))]),
) as Record<HourProfile, Table<number>>;

export function isoDate(ms: number): string {
  const p = shanghaiParts(ms);
  return `${p.year}-${p2(p.month)}-${p2(p.day)}`;
}

// The background's days: each day of the window weighted by dayVolume, drawn by binary search.
export function dayTable(fromMs: number, toMs: number): { days: number[]; cum: number[] } {
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

export function sampleDay(r: Rng, t: { days: number[]; cum: number[] }): number {
  const x = r.next() * t.cum[t.cum.length - 1]!;
  let lo = 0, hi = t.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.cum[mid]! > x) hi = mid; else lo = mid + 1;
  }
  return t.days[lo]!;
}
