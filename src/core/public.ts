// The public view of a record: what may leave the centre in any output (pages, feed, open data,
// search index). Internal notes, owner handles and issue numbers never do.
import { OPEN_STATUSES, STATUSES, STATUS_EN, type Complaint, type Status } from './record.ts';
import type { ConfigIndex } from './config.ts';
import { parseIso } from './time.ts';

export interface PublicEntry {
  at: number;
  status?: Status;
  /** Only notes marked `public: true`. */
  note?: string;
  team?: string;
}

/** Timeline entries the public may see: status changes, and notes marked public. */
export function publicEntries(c: Complaint): PublicEntry[] {
  const out: PublicEntry[] = [];
  for (const e of c.data.timeline) {
    const note = e.note && e.public ? e.note : undefined;
    if (!e.status && !note) continue;
    out.push({ at: parseIso(e.at), status: e.status, note, team: e.team });
  }
  return out;
}

/** A complaint's page, relative to the site's base: one flat file per complaint (no directory
 * each: on a busy disk a directory costs several times a file; docs/architecture.md). */
export const complaintPath = (id: string) => `c/${id}.html`;

/** Absolute URL of a complaint's page, from the config's site url and base. */
export const complaintUrl = (site: { url: string; base: string }, id: string) => `${site.url.replace(/\/$/, '')}${site.base}${complaintPath(id)}`;

/** "东区A栋学生公寓 302 二楼" / "第一食堂 面食窗口" */
export function placeText(cfg: ConfigIndex, c: Complaint): string {
  const p = c.data.place;
  return [cfg.buildings.get(p.building)?.name ?? p.building, p.window, p.room, p.detail].filter(Boolean).join(' ');
}

export const statusText = (s: Status) => `${STATUSES[s]} ${STATUS_EN[s]}`;
export const isOpen = (s: Status) => OPEN_STATUSES.has(s);

/** What the search index holds for a complaint: the text to match (title, description, public
 * notes, then category and place, so excerpts usually start in the person's own words) and the
 * labels a result shows. No HTML: the indexer gets text. */
export function searchRecord(cfg: ConfigIndex, c: Complaint): { content: string; meta: Record<string, string> } {
  const d = c.data;
  const notes = publicEntries(c).flatMap((e) => (e.note ? [e.note] : []));
  const category = cfg.categories.get(d.category)?.name ?? d.category;
  const place = placeText(cfg, c);
  return {
    content: [d.title, c.body.trim(), ...notes, category, place].filter(Boolean).join('\n'),
    meta: { title: `${d.id} ${d.title}`, status: STATUSES[d.status], category, place },
  };
}

/** Which complaints the search index covers: every open one, then the most recently received,
 * up to `limit` in all (see docs/architecture.md for why the index is bounded). */
export function searchWindow(complaints: readonly Complaint[], limit: number): Complaint[] {
  const open = complaints.filter((c) => isOpen(c.data.status));
  const rest = complaints
    .filter((c) => !isOpen(c.data.status))
    .map((c) => [parseIso(c.data.received_at), c] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, c]) => c);
  return [...open, ...rest].slice(0, Math.max(limit, 0));
}
