// Chinese working days: the State Council schedule (holidays and adjusted working days, 调休)
// plus campus overrides. Pure: the schedule data is passed in. Days are Shanghai days, keyed by
// their index since 1970-01-01 (Shanghai), so no Date or time-zone work happens per lookup.
import { SHANGHAI_OFFSET_MS } from './time.ts';

const DAY = 86_400_000;

export interface ScheduleData {
  /** Days off that would otherwise be working days ("YYYY-MM-DD"). */
  holidays: Iterable<string>;
  /** Weekend days that are working days (调休). */
  workdays: Iterable<string>;
  /** Years whose schedule is known (published and present in the data). */
  knownYears: Iterable<number>;
}

export interface Overrides {
  closures: readonly string[];
  working_days: readonly string[];
  years: Readonly<Record<string, { holidays: readonly string[]; working_days: readonly string[] }>>;
}

/** "2027-02-06..2027-02-08" → the three days. */
export function expandDays(spec: string): string[] {
  const [a, b = a] = spec.split('..') as [string, string?];
  const out: string[] = [];
  for (let d = dayIndexOf(a); d <= dayIndexOf(b!); d++) out.push(dayKey(d));
  return out;
}

export const dayIndexOf = (key: string) => Math.floor(Date.parse(key + 'T00:00:00Z') / DAY);
export const dayKey = (index: number) => new Date(index * DAY).toISOString().slice(0, 10);
/** Shanghai day index of an instant, and the instant a Shanghai day starts. */
export const dayOf = (ms: number) => Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY);
export const startOfDay = (index: number) => index * DAY - SHANGHAI_OFFSET_MS;
export const yearOfDay = (index: number) => new Date(index * DAY).getUTCFullYear();

/** Bits of WorkCalendar.dayInfo. */
export const WORKING = 1;
export const KNOWN = 2;

export class WorkCalendar {
  private readonly off = new Set<number>();
  private readonly on = new Set<number>();
  private readonly known = new Set<number>();
  private readonly memo = new Map<number, number>();

  constructor(data: ScheduleData, overrides?: Overrides) {
    for (const d of data.holidays) this.off.add(dayIndexOf(d));
    for (const d of data.workdays) this.on.add(dayIndexOf(d));
    for (const y of data.knownYears) this.known.add(y);
    if (overrides) {
      for (const [year, y] of Object.entries(overrides.years)) {
        this.known.add(Number(year));
        for (const s of y.holidays) for (const d of expandDays(s)) this.off.add(dayIndexOf(d));
        for (const s of y.working_days) for (const d of expandDays(s)) this.on.add(dayIndexOf(d));
      }
      // Campus decisions win over the national schedule.
      for (const s of overrides.working_days) for (const d of expandDays(s)) { this.on.add(dayIndexOf(d)); this.off.delete(dayIndexOf(d)); }
      for (const s of overrides.closures) for (const d of expandDays(s)) { this.off.add(dayIndexOf(d)); this.on.delete(dayIndexOf(d)); }
    }
  }

  /** Whether the schedule of this year is known; unknown years fall back to Monday–Friday. */
  knowsYear(year: number): boolean {
    return this.known.has(year);
  }

  isWorkingDay(day: number): boolean {
    return (this.dayInfo(day) & WORKING) !== 0;
  }

  /** WORKING | KNOWN bits for a Shanghai day index, memoised: the SLA scan asks millions of times. */
  dayInfo(day: number): number {
    let v = this.memo.get(day);
    if (v === undefined) {
      const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
      const working = this.on.has(day) || (!this.off.has(day) && weekday !== 0 && weekday !== 6);
      v = (working ? WORKING : 0) | (this.known.has(yearOfDay(day)) ? KNOWN : 0);
      this.memo.set(day, v);
    }
    return v;
  }
}
