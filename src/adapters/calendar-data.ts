// The State Council holiday schedule as shipped by the chinese-days package, combined with the
// campus overrides from the config into one WorkCalendar.
import schedule from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { WorkCalendar } from '../core/calendar.ts';
import type { Config } from '../core/config.ts';

const data = schedule as { holidays: Record<string, string>; workdays: Record<string, string> };

export const PACKAGE_YEARS: readonly number[] = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort();

export function calendarFor(config: Config): WorkCalendar {
  return new WorkCalendar(
    { holidays: Object.keys(data.holidays), workdays: Object.keys(data.workdays), knownYears: PACKAGE_YEARS },
    config.calendar,
  );
}
