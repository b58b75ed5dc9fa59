// Writes a record back to Markdown + YAML frontmatter in a stable, diff-friendly form.
import yaml from 'js-yaml';
import type { ComplaintRecord } from './record.ts';
import { recordSchema } from './record.ts';

const KEY_ORDER = Object.keys(recordSchema.shape);

/** Drops undefined and empty defaults so files stay short, and orders keys as in the schema. */
function clean(data: ComplaintRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) {
    const v = (data as Record<string, unknown>)[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0 && k !== 'timeline')) continue;
    out[k] = v;
  }
  out.timeline = data.timeline.map((e) => {
    const o: Record<string, unknown> = { at: e.at };
    if (e.status) o.status = e.status;
    if (e.team) o.team = e.team;
    if (e.note) o.note = e.note;
    if (e.public) o.public = true;
    if (e.ref) o.ref = e.ref;
    return o;
  });
  return out;
}

export function serializeRecord(data: ComplaintRecord, body: string): string {
  const fm = yaml.dump(clean(data), {
    schema: yaml.CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: '"',
    // Quote time-like strings so YAML 1.1 tools (and people) never read them as dates or numbers.
    styles: {},
  });
  const text = body.trim();
  return `---\n${fm}---\n${text ? text + '\n' : ''}`;
}
