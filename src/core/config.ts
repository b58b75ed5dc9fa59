// The organisation's config: one validated file (jiesu.config.yaml). The schema is also
// its documentation and its defaults; see docs/config.md.
import { z } from 'zod';
import { slug, STATUSES, CHANNELS, URGENCIES, enumOf } from './record.ts';
import { isValidDate } from './time.ts';
import { personalDataIn } from './privacy.ts';
import { insightsConfig } from './insights.ts';

export { slug };


const label = z.string().trim().min(1).max(40);
const longLabel = z.string().trim().min(1).max(120);

export const BUILDING_KINDS = [
  'dorm', 'teaching', 'office', 'canteen', 'library', 'sports', 'parcel', 'transport', 'outdoor', 'other',
] as const;

const building = z.strictObject({
  id: slug,
  /** Chinese name shown on the site, e.g. "东区A栋学生公寓". */
  name: label,
  /** English name for the English pages, e.g. "East Dorm A"; the Chinese name when absent. */
  en: label.optional(),
  kind: z.enum(BUILDING_KINDS),
  /** Canteen windows or service counters, e.g. ["1号窗口", "面食窗口"]. Empty: any text allowed. */
  windows: z.array(label).default([]).refine((w) => new Set(w).size === w.length, { message: 'unique' }),
});

const campus = z.strictObject({
  id: slug,
  name: label,
  en: label.optional(),
  buildings: z.array(building).min(1),
});

const category = z.strictObject({
  id: slug,
  /** Chinese label, e.g. "宿舍维修". */
  name: label,
  /** English label, shown second. */
  en: label,
  /** Team that usually handles it, a team id. */
  team: slug.optional(),
});

const team = z.strictObject({ id: slug, name: label, en: label });
const contractor = z.strictObject({ id: slug, name: label, service: label });

const githubLogin = z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { message: 'github-login' });

/** Staff are handles with a role, never personal names: the site shows team and role only. */
const staff = z.strictObject({
  handle: z.string().regex(/^[a-z0-9][a-z0-9-]{1,38}$/, { message: 'handle' }),
  team: slug,
  role: label,
  /** GitHub login, if the person uses GitHub: SLA alerts are assigned to it and mention it. */
  github: githubLogin.optional(),
});

const minutes = z.number().int().positive().max(527_040); // a leap year

/** What satisfies a clock (see docs/service-levels.md):
 * acknowledgement: the first reply to the person (a status change or a public note);
 * response: someone is handling it (in_progress or resolved);
 * feedback: the first public progress entry (a status change or a public note);
 * resolution: resolved (or closed without a resolution, e.g. after waiting for the person). */
export const SLA_EVENTS = ['acknowledgement', 'response', 'feedback', 'resolution'] as const;

const clock = z.strictObject({
  /** Chinese name, e.g. "受理回复". */
  name: label,
  en: label,
  /** Which complaints the clock runs for; an omitted list means all. */
  applies_to: z
    .strictObject({
      channels: z.array(enumOf(CHANNELS)).optional(),
      urgency: z.array(enumOf(URGENCIES)).optional(),
      categories: z.array(slug).optional(),
    })
    .prefault({}),
  /** Calendar minutes, or Chinese working days (each working day counts 24 h; see the docs). */
  target: z.union([z.strictObject({ minutes }), z.strictObject({ working_days: z.number().int().positive().max(60) })]),
  event: z.enum(SLA_EVENTS),
  /** States during which this clock stops (default: none). */
  paused_by: z.array(enumOf(STATUSES)).default([]),
});
export type ClockConfig = z.infer<typeof clock>;

/** Domain defaults (shared/domain.md): every number can be changed in the config. */
export const DEFAULT_CLOCKS: Record<string, z.input<typeof clock>> = {
  acknowledge: { name: '受理回复', en: 'Acknowledgement', applies_to: { channels: ['online'] }, target: { minutes: 30 }, event: 'acknowledgement' },
  response: { name: '紧急响应', en: 'Urgent response', applies_to: { urgency: ['urgent'] }, target: { minutes: 10 }, event: 'response' },
  urgent_resolution: { name: '紧急办结', en: 'Urgent resolution', applies_to: { urgency: ['urgent'] }, target: { minutes: 120 }, event: 'resolution' },
  feedback: { name: '进展反馈', en: 'Progress feedback', applies_to: { urgency: ['general'] }, target: { minutes: 1440 }, event: 'feedback' },
  resolution: {
    name: '办结', en: 'Resolution', applies_to: { urgency: ['general'] }, target: { working_days: 3 }, event: 'resolution',
    paused_by: ['waiting_complainant'],
  },
};

const serviceLevels = z
  .strictObject({
    /** A running clock is "at risk" once this share of its target has elapsed. */
    at_risk_ratio: z.number().gt(0).lt(1).default(0.8),
    /** restart: a reopen starts a new resolution clock; continue: the first deadline stands. */
    reopen: z.enum(['restart', 'continue']).default('restart'),
    clocks: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'clock-id' }), clock).prefault(DEFAULT_CLOCKS),
  })
  .prefault({});

/** Dates "2027-02-06" or ranges "2027-02-06..2027-02-13" (real dates, in order, at most a year). */
const dayOrRange = z.string().superRefine((s, ctx) => {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(s);
  if (!m || !isValidDate(m[1]!) || (m[2] && !isValidDate(m[2]))) return void ctx.addIssue({ code: 'custom', message: 'day-range' });
  const days = m[2] ? (Date.parse(m[2]) - Date.parse(m[1]!)) / 86_400_000 : 0;
  if (days < 0 || days > 366) ctx.addIssue({ code: 'custom', message: 'day-range-order' });
});

/** Campus overrides on top of the State Council schedule shipped by chinese-days. */
const calendar = z
  .strictObject({
    /** Extra days off (campus closures). */
    closures: z.array(dayOrRange).default([]),
    /** Extra working days. */
    working_days: z.array(dayOrRange).default([]),
    /** Whole years the package lacks: the published holidays and adjusted working days (调休). */
    years: z
      .record(z.string().regex(/^\d{4}$/, { message: 'year' }), z.strictObject({ holidays: z.array(dayOrRange), working_days: z.array(dayOrRange).default([]) }))
      .default({}),
  })
  .prefault({});

const site = z
  .strictObject({
    /** Public URL of the site, e.g. https://example.edu.cn or a GitHub Pages URL. */
    url: z.url({ protocol: /^https?$/, message: 'http-url' }).default('https://example.github.io'),
    /** Path the site is served under, e.g. "/jiesu/" on GitHub Pages. */
    base: z.string().regex(/^\/([\w.-]+\/)*$/, { message: 'base' }).default('/'),
    /** Open complaints and complaints resolved this many days back are listed on the home page. */
    recent_days: z.number().int().min(1).max(365).default(30),
    /** At most this many recently resolved complaints on the home page. */
    recent_limit: z.number().int().min(1).max(500).default(30),
    /** Complaints in the full-text search index: every open one, then the most recently received
     * (the index's build time and download grow with it; docs/architecture.md). */
    search_limit: z.number().int().min(0).max(200000).default(3000),
  })
  .prefault({});

const githubTeam = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/, { message: 'github-team' });

/** Intake through GitHub issue forms and issue commands (docs/intake.md). */
const intake = z
  .strictObject({
    /** A filer counts as staff with at least this permission on the repository ... */
    min_permission: z.enum(['triage', 'write', 'maintain', 'admin']).default('write'),
    /** ... or as an active member of any of these teams ("org/team-slug"). */
    teams: z.array(githubTeam).default([]),
    /** Told at once about urgent complaints whose owner has no GitHub login: logins or "org/team". */
    on_duty: z.array(z.union([githubLogin, githubTeam])).default([]),
    /** Branch the ledger lives on; intake commits and pushes there. */
    branch: z.string().regex(/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/, { message: 'branch' }).max(100).default('main'),
    /** Longer issue bodies and comments are refused (untrusted input). */
    max_body_chars: z.number().int().min(1000).max(65536).default(20000),
    max_comment_chars: z.number().int().min(200).max(65536).default(5000),
  })
  .prefault({});

export const configSchema = z
  .strictObject({
    organisation: z.strictObject({ name: longLabel, en: longLabel, short: label.optional() }),
    categories: z.array(category).min(1),
    campuses: z.array(campus).min(1),
    teams: z.array(team).min(1),
    contractors: z.array(contractor).default([]),
    staff: z.array(staff).min(1),
    service_levels: serviceLevels,
    calendar,
    site,
    /** Manager insights on the monthly reports (docs/reports.md). */
    insights: insightsConfig,
    intake,
  })
  .superRefine((c, ctx) => {
    const unique = (items: { id?: string; handle?: string }[], path: (string | number)[]) => {
      const seen = new Set<string>();
      items.forEach((it, i) => {
        const key = it.id ?? it.handle!;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [...path, i], message: `duplicate:${key}` });
        seen.add(key);
      });
    };
    unique(c.categories, ['categories']);
    unique(c.campuses, ['campuses']);
    // Building ids are unique across campuses; report the second one where it stands.
    const buildings = new Set<string>();
    c.campuses.forEach((k, ci) => k.buildings.forEach((b, bi) => {
      if (buildings.has(b.id)) ctx.addIssue({ code: 'custom', path: ['campuses', ci, 'buildings', bi, 'id'], message: `duplicate:${b.id}` });
      buildings.add(b.id);
    }));
    unique(c.teams, ['teams']);
    unique(c.contractors, ['contractors']);
    unique(c.staff, ['staff']);
    const teams = new Set(c.teams.map((t) => t.id));
    const categories = new Set(c.categories.map((k) => k.id));
    for (const [id, clock] of Object.entries(c.service_levels.clocks))
      (clock.applies_to.categories ?? []).forEach((k, i) => {
        if (!categories.has(k)) ctx.addIssue({ code: 'custom', path: ['service_levels', 'clocks', id, 'applies_to', 'categories', i], message: `unknown-category:${k}` });
      });
    for (const [year, y] of Object.entries(c.calendar.years))
      for (const key of ['holidays', 'working_days'] as const)
        y[key].forEach((d, i) => {
          if (!d.startsWith(year) || (d.includes('..') && !d.split('..')[1]!.startsWith(year)))
            ctx.addIssue({ code: 'custom', path: ['calendar', 'years', year, key, i], message: `outside-year:${year}` });
        });
    // Config text is published (names of places, roles, contractors ...): no personal data anywhere in it.
    for (const { path } of personalDataIn(c)) ctx.addIssue({ code: 'custom', path, message: 'personal-data' });
    c.staff.forEach((s, i) => {
      if (!teams.has(s.team)) ctx.addIssue({ code: 'custom', path: ['staff', i, 'team'], message: `unknown-team:${s.team}` });
    });
    c.categories.forEach((k, i) => {
      if (k.team && !teams.has(k.team))
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'team'], message: `unknown-team:${k.team}` });
    });
  });

export type Config = z.infer<typeof configSchema>;
export type Building = Config['campuses'][number]['buildings'][number] & { campus: string };

/** Lookup tables derived once from a config. */
export interface ConfigIndex {
  config: Config;
  categories: Map<string, Config['categories'][number]>;
  buildings: Map<string, Building>;
  campuses: Map<string, Config['campuses'][number]>;
  teams: Map<string, Config['teams'][number]>;
  contractors: Map<string, Config['contractors'][number]>;
  staff: Map<string, Config['staff'][number]>;
}

export function indexConfig(config: Config): ConfigIndex {
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  return {
    config,
    categories: byId(config.categories),
    campuses: byId(config.campuses),
    buildings: new Map(config.campuses.flatMap((c) => c.buildings.map((b) => [b.id, { ...b, campus: c.id }] as const))),
    teams: byId(config.teams),
    contractors: byId(config.contractors),
    staff: new Map(config.staff.map((s) => [s.handle, s])),
  };
}
