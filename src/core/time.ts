// Shanghai time helpers. China has had no DST since 1991, so UTC+08:00 is exact
// and we never depend on the machine's time zone or on ICU data.
export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const HOUR = 3600_000;

/** ISO 8601 date-time with an explicit offset (Z or ±hh:mm), seconds and fraction optional. */
export const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO date-time with offset to epoch ms; NaN when malformed or out of range (e.g. 02-30).
 * Hot path (every timestamp of every record), so no allocations beyond the regex match. */
export function parseIso(s: string): number {
  // Each timestamp is read by the schema, the rules and the statistics: remember recent ones.
  let v = recent.get(s);
  if (v === undefined) {
    if (recent.size >= 4096) recent.clear();
    recent.set(s, (v = parseIsoUncached(s)));
  }
  return v;
}
const recent = new Map<string, number>();

function parseIsoUncached(s: string): number {
  const m = ISO_WITH_OFFSET.exec(s);
  if (!m) return NaN;
  const Y = +m[1]!, M = +m[2]!, D = +m[3]!, H = +m[4]!, Mi = +m[5]!, S = m[6] ? +m[6] : 0;
  // Plausible years only (Date.UTC would also read 0026 as 1926).
  if (Y < MIN_YEAR || Y > MAX_YEAR || M < 1 || M > 12 || D < 1 || D > daysInMonth(Y, M) || H > 23 || Mi > 59 || S > 59) return NaN;
  const off = m[8]!;
  let offMs = 0;
  if (off !== 'Z') {
    const oh = +off.slice(1, 3), om = +off.slice(4, 6);
    if (oh > 14 || om % 15 !== 0) return NaN; // real offsets are whole quarter hours
    offMs = (off.charCodeAt(0) === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  }
  const frac = m[7];
  const ms = frac ? Math.floor(+frac.padEnd(3, '0').slice(0, 3)) : 0;
  return Date.UTC(Y, M - 1, D, H, Mi, S, ms) - offMs;
}

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

export function isValidDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const Y = +m[1]!, M = +m[2]!, D = +m[3]!;
  return Y >= MIN_YEAR && Y <= MAX_YEAR && M >= 1 && M <= 12 && D >= 1 && D <= daysInMonth(+m[1]!, M);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : DAYS[m - 1]!;
}

/** Wall-clock parts in Shanghai. */
export function shanghaiParts(ms: number) {
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** "2026-11" — the Shanghai month an instant falls in. */
export function monthKey(ms: number): string {
  const p = shanghaiParts(ms);
  return `${p.year}-${p2(p.month)}`;
}

/** Start of a Shanghai month ("2026-11") as epoch ms. */
export function monthStart(key: string): number {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return Date.UTC(y, m - 1, 1) - SHANGHAI_OFFSET_MS;
}

export function addMonths(key: string, n: number): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${p2((t % 12) + 1)}`;
}

/** Inclusive list of month keys from..to. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k = addMonths(k, 1)) out.push(k);
  return out;
}

/** "2026-11-03T14:05:00+08:00" */
export function toShanghaiIso(ms: number): string {
  const p = shanghaiParts(ms);
  return `${p.year}-${p2(p.month)}-${p2(p.day)}T${p2(p.hour)}:${p2(p.minute)}:${p2(p.second)}+08:00`;
}

/** "2026-11-03 14:05" for display. */
export function formatShanghai(ms: number, withTime = true): string {
  const p = shanghaiParts(ms);
  const date = `${p.year}-${p2(p.month)}-${p2(p.day)}`;
  return withTime ? `${date} ${p2(p.hour)}:${p2(p.minute)}` : date;
}

/** Human duration in Chinese: "3 小时 20 分" / "2 天 4 小时". */
export function formatDurationZh(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} 分钟`;
  const h = Math.floor(min / 60), m = min % 60;
  if (h < 48) return m ? `${h} 小时 ${m} 分` : `${h} 小时`;
  // Beyond two days minutes are dropped: round to the nearest hour, never truncate.
  const hr = Math.round(min / 60), d = Math.floor(hr / 24), rh = hr % 24;
  return rh ? `${d} 天 ${rh} 小时` : `${d} 天`;
}

/** Human duration in English: "3 h 20 min" / "2 d 4 h". */
export function formatDurationEn(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60), m = min % 60;
  if (h < 48) return m ? `${h} h ${m} min` : `${h} h`;
  const hr = Math.round(min / 60), d = Math.floor(hr / 24), rh = hr % 24;
  return rh ? `${d} d ${rh} h` : `${d} d`;
}
