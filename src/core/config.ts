// The organisation's config: one validated file (jiesu.config.yaml). The schema is also
// its documentation and its defaults; see docs/config.md.
import { z } from 'zod';

/** Lower-case slug used for ids in the config and records. */
export const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'slug' });

const label = z.string().trim().min(1).max(40);
const longLabel = z.string().trim().min(1).max(120);

export const BUILDING_KINDS = [
  'dorm', 'teaching', 'office', 'canteen', 'library', 'sports', 'parcel', 'transport', 'outdoor', 'other',
] as const;

const building = z.strictObject({
  id: slug,
  /** Chinese name shown on the site, e.g. "东区A栋学生公寓". */
  name: label,
  kind: z.enum(BUILDING_KINDS),
  /** Canteen windows or service counters, e.g. ["1号窗口", "面食窗口"]. Empty: any text allowed. */
  windows: z.array(label).default([]),
});

const campus = z.strictObject({
  id: slug,
  name: label,
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

/** Staff are handles with a role, never personal names: the site shows team and role only. */
const staff = z.strictObject({
  handle: z.string().regex(/^[a-z0-9][a-z0-9-]{1,38}$/, { message: 'handle' }),
  team: slug,
  role: label,
});

const minutes = z.number().int().positive();

/** Service-level targets (domain.md defaults). Computation arrives with the SLA issue. */
const serviceLevels = z
  .strictObject({
    acknowledge_online_minutes: minutes.default(30),
    urgent_response_minutes: minutes.default(10),
    urgent_resolution_minutes: minutes.default(120),
    general_feedback_minutes: minutes.default(24 * 60),
    general_resolution_working_days: z.number().int().positive().default(3),
  })
  .prefault({});

const site = z
  .strictObject({
    /** Public URL of the site, e.g. https://example.edu.cn or a GitHub Pages URL. */
    url: z.url().default('https://example.github.io'),
    /** Path the site is served under, e.g. "/jiesu/" on GitHub Pages. */
    base: z.string().regex(/^\/([\w.-]+\/)*$/, { message: 'base' }).default('/'),
    /** Open complaints and complaints resolved this many days back are listed on the home page. */
    recent_days: z.number().int().min(1).max(365).default(30),
    /** At most this many recently resolved complaints on the home page. */
    recent_limit: z.number().int().min(1).max(500).default(30),
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
    site,
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
    unique(c.campuses.flatMap((k) => k.buildings), ['campuses']);
    unique(c.teams, ['teams']);
    unique(c.contractors, ['contractors']);
    unique(c.staff, ['staff']);
    const teams = new Set(c.teams.map((t) => t.id));
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
