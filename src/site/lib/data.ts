// The site's view of the ledger: loaded once per build and shared by every page.
// `npm run build` (src/cli/build.ts) loads and validates the ledger, then hands it over
// through globalThis before starting Astro in the same process; `astro dev` loads it here.
import { watch } from 'node:fs';
import { loadConfig, DEFAULT_CONFIG } from '../../adapters/config-file.ts';
import { loadLedger, DEFAULT_LEDGER } from '../../adapters/ledger.ts';
import { computeStats, type LedgerStats, type Facts } from '../../core/stats.ts';
import { evaluate, policyOf } from '../../core/sla.ts';
import { calendarFor } from '../../adapters/calendar-data.ts';
import type { ConfigIndex } from '../../core/config.ts';
import type { Complaint } from '../../core/record.ts';
import { formatProblem } from '../../core/problems.ts';
import { parseIso } from '../../core/time.ts';

export interface SiteData {
  config: ConfigIndex;
  complaints: Complaint[];
  byId: Map<string, Complaint>;
  facts: Map<string, Facts>;
  stats: LedgerStats;
  /** The instant the site describes ("data as of"). */
  now: number;
  /** True in `npm run build`: complaint pages are stamped from one shell page after Astro (see build.ts). */
  stampComplaintPages: boolean;
  /** Years a deadline ran into without a known holiday schedule (shown as a notice). */
  unknownYears: number[];
}

const KEY = Symbol.for('jiesu.site-data');

export function prepareSiteData(config: ConfigIndex, complaints: Complaint[], now: number, stampComplaintPages: boolean): SiteData {
  const policy = policyOf(config.config, calendarFor(config.config));
  const stats = computeStats(complaints, now, {
    clocks: (c) => evaluate(c.data, policy, now),
    teamOf: (owner) => config.staff.get(owner)?.team,
    roleOf: (owner) => config.staff.get(owner)?.role,
    clockIds: policy.clocks.map(([id]) => id),
  });
  const unknownYears = [...new Set(stats.facts.flatMap((f) => (f.open ? f.clocks.flatMap((k) => k.unknownYears) : [])))].sort();
  return {
    config, complaints, now, stampComplaintPages, stats, unknownYears,
    byId: new Map(complaints.map((c) => [c.data.id, c])),
    facts: new Map(stats.facts.map((f) => [f.id, f])),
  };
}

export function provideSiteData(data: SiteData): void {
  (globalThis as Holder)[KEY] = data;
}

export function siteData(): SiteData {
  const held = (globalThis as Holder)[KEY];
  if (held && !(globalThis as Holder)[DIRTY]) return held;
  const now = process.env.JIESU_NOW ? parseIso(process.env.JIESU_NOW) : Date.now();
  const { config, problems } = loadConfig();
  if (!config) throw new Error('配置无效 / invalid config:\n' + problems.map(formatProblem).join('\n'));
  const ledger = loadLedger({ config, now });
  if (ledger.problems.length)
    throw new Error(`台账有 ${ledger.problems.length} 个问题,请运行 npm run validate / the ledger has problems:\n` + ledger.problems.slice(0, 20).map(formatProblem).join('\n'));
  const data = prepareSiteData(config, ledger.complaints, now, false);
  provideSiteData(data);
  watchForChanges();
  return data;
}

// `astro dev` only: reload after a record or the config changes (the build never sets this up).
const DIRTY = Symbol.for('jiesu.site-data-dirty');
type Holder = { [KEY]?: SiteData; [DIRTY]?: boolean; [WATCHING]?: boolean };
const WATCHING = Symbol.for('jiesu.site-data-watching');

function watchForChanges(): void {
  const g = globalThis as Holder;
  g[DIRTY] = false;
  if (g[WATCHING]) return;
  g[WATCHING] = true;
  const mark = () => { g[DIRTY] = true; };
  try {
    watch(process.env.JIESU_LEDGER ?? DEFAULT_LEDGER, { recursive: true, persistent: false }, mark);
    watch(process.env.JIESU_CONFIG ?? DEFAULT_CONFIG, { persistent: false }, mark);
  } catch {
    /* no watching: data stays as first loaded */
  }
}
