// Open data in the built sample site: the Atom feed parsed as XML against RFC 4287's required
// elements, and the Open311 GeoReport v2 files against the spec's field lists (written out here,
// not imported from the code under test).
import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadConfig } from '../src/adapters/config-file.ts';
import { loadLedger } from '../src/adapters/ledger.ts';
import { parseIso, HOUR } from '../src/core/time.ts';
import { OPEN_STATUSES } from '../src/core/record.ts';
import { atomFeed, xmlEsc } from '../src/core/feed.ts';
import { SITE_NOW } from './global-setup.ts';
import { VALID, sampleConfig } from './helpers.ts';
import { parseFrontmatter } from '../src/core/frontmatter.ts';
import { recordSchema } from '../src/core/record.ts';

const dir = inject('siteDir');
const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const now = parseIso(SITE_NOW);
const config = loadConfig('jiesu.config.yaml').config!;
const ledger = loadLedger({ dir: 'complaints', config, now });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const internalNotes = ledger.complaints.flatMap((c) => c.data.timeline.filter((e) => e.note && !e.public).map((e) => e.note!))
  .filter((n) => !ledger.complaints.some((c) => c.data.timeline.some((e) => e.public && e.note === n)) && n.length > 6);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category'].includes(name) });
type Link = { '@rel'?: string; '@href': string; '@type'?: string };
type Entry = { id: string; title: string; updated: string; link: Link[]; summary?: { '#text': string }; category: { '@term': string }[] };

function parseFeed(xml: string) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(JSON.stringify(valid));
  return parser.parse(xml).feed as { '@xmlns': string; id: string; title: string; updated: string; author: { name: string }; link: Link[]; entry?: Entry[] };
}

describe('Atom feed (feed.xml)', () => {
  const xml = read('feed.xml');
  const feed = parseFeed(xml);

  it('is well-formed Atom with the elements RFC 4287 requires', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^https?:\/\//);
    expect(feed.title).toContain('投诉处理动态');
    expect(feed.updated).toMatch(RFC3339);
    expect(parseIso(feed.updated)).toBe(now);
    expect(feed.author.name).toBeTruthy();
    expect(feed.link.some((l) => l['@rel'] === 'self' && l['@href'].endsWith('/feed.xml'))).toBe(true);
    const entries = feed.entry ?? [];
    expect(entries.length).toBeGreaterThan(5);
    const ids = new Set<string>();
    for (const e of entries) {
      expect(e.id).toMatch(/^https?:\/\//);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.title).toMatch(/^\d{4}-\d{4,5} /);
      expect(e.updated).toMatch(RFC3339);
      // An entry without content must link to an alternate (RFC 4287 §4.1.2).
      expect(e.link.some((l) => l['@rel'] === 'alternate' && /\/c\/\d{4}-\d{4,5}\.html$/.test(l['@href']))).toBe(true);
    }
  });

  it('lists the status changes of the last recent_days, newest first, from the sample', () => {
    const from = now - config.config.site.recent_days * 24 * HOUR;
    const expected = ledger.complaints.flatMap((c) => c.data.timeline.filter((e) => e.status && parseIso(e.at) >= from)).length;
    const entries = feed.entry ?? [];
    expect(entries.length).toBe(Math.min(expected, 100));
    const times = entries.map((e) => parseIso(e.updated));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const e of entries) expect(parseIso(e.updated)).toBeGreaterThanOrEqual(from);
  });

  it('never carries internal notes', () => {
    expect(internalNotes.length).toBeGreaterThan(10);
    for (const n of internalNotes) expect(xml).not.toContain(n);
  });

  it('stays valid XML with markup and control characters in record text', () => {
    const data = recordSchema.parse(parseFrontmatter(VALID).data);
    data.title = '<b>碗</b> & "勺" \u0001\u000b]]>';
    data.timeline[2]!.note = '</summary><script>x</script>\u0007';
    const cfg = sampleConfig();
    const out = atomFeed(cfg, [{ data, body: '', file: 'x.md' } as never], parseIso('2026-11-05T00:00:00+08:00'), 'https://x.edu.cn/');
    const f = parseFeed(out);
    const texts = (f.entry ?? []).map((e) => `${e.title}\n${e.summary?.['#text'] ?? ''}`).join('\n');
    expect(texts).toContain('<b>碗</b> & "勺" ]]>');
    expect(texts).toContain('</summary><script>x</script>');
    expect(xmlEsc('a\u0000b\uFFFEc\uD800')).toBe('abc');
  });
});

// GeoReport v2 field lists (https://wiki.open311.org/GeoReport_v2).
const SERVICE = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'];
const REQUEST = ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible',
  'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url'];
const strOrNull = (v: unknown) => v === null || typeof v === 'string';

function checkRequest(r: Record<string, unknown>, codes: Set<string>) {
  expect(Object.keys(r).sort()).toEqual([...REQUEST].sort());
  expect(typeof r.service_request_id).toBe('string');
  expect(['open', 'closed']).toContain(r.status);
  expect(codes.has(r.service_code as string), String(r.service_code)).toBe(true);
  expect(typeof r.service_name).toBe('string');
  expect(r.requested_datetime).toMatch(RFC3339);
  expect(r.updated_datetime).toMatch(RFC3339);
  expect(r.expected_datetime === null || RFC3339.test(r.expected_datetime as string)).toBe(true);
  for (const k of ['status_notes', 'description', 'agency_responsible', 'service_notice', 'address', 'address_id', 'zipcode', 'media_url']) expect(strOrNull(r[k]), k).toBe(true);
  for (const k of ['lat', 'long']) expect(r[k] === null || typeof r[k] === 'number', k).toBe(true);
}

describe('Open311 GeoReport v2 (open311/v2/)', () => {
  const services = JSON.parse(read('open311/v2/services.json')) as Record<string, unknown>[];
  const codes = new Set(services.map((s) => s.service_code as string));

  it('services.json: one service per configured category, with exactly the spec fields', () => {
    expect([...codes]).toEqual(config.config.categories.map((c) => c.id));
    for (const s of services) {
      expect(Object.keys(s).sort()).toEqual([...SERVICE].sort());
      expect(typeof s.metadata).toBe('boolean');
      expect(['realtime', 'batch', 'blackbox']).toContain(s.type);
      for (const k of ['service_code', 'service_name', 'description', 'keywords', 'group']) expect(typeof s[k], k).toBe('string');
    }
  });

  it('requests.json: open complaints and those of the last 90 days, newest first, with the spec fields', () => {
    const reqs = JSON.parse(read('open311/v2/requests.json')) as Record<string, unknown>[];
    const from = now - 90 * 24 * HOUR;
    const want = ledger.complaints.filter((c) => OPEN_STATUSES.has(c.data.status) || parseIso(c.data.received_at) >= from).map((c) => c.data.id);
    expect(reqs.map((r) => r.service_request_id).sort()).toEqual(want.sort());
    const times = reqs.map((r) => parseIso(r.requested_datetime as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const r of reqs) checkRequest(r, codes);
    const open = reqs.filter((r) => r.status === 'open');
    expect(open.length).toBe(ledger.complaints.filter((c) => OPEN_STATUSES.has(c.data.status)).length);
    expect(open.some((r) => r.expected_datetime !== null)).toBe(true);
  });

  it('requests/<id>.json for every complaint, a one-element array as the spec answers', () => {
    const files = readdirSync(join(dir, 'open311/v2/requests'));
    expect(files.length).toBe(ledger.complaints.length);
    for (const c of ledger.complaints.slice(0, 50)) {
      const file = `open311/v2/requests/${c.data.id}.json`;
      expect(existsSync(join(dir, file)), file).toBe(true);
      const arr = JSON.parse(read(file)) as Record<string, unknown>[];
      expect(arr).toHaveLength(1);
      checkRequest(arr[0]!, codes);
      expect(arr[0]!.service_request_id).toBe(c.data.id);
      expect(arr[0]!.status).toBe(OPEN_STATUSES.has(c.data.status) ? 'open' : 'closed');
    }
  });

  it('carries no internal notes and no staff handles', () => {
    const all = read('open311/v2/requests.json');
    for (const n of internalNotes) expect(all).not.toContain(n);
    expect(config.config.staff.length).toBeGreaterThan(3);
    for (const s of config.config.staff) expect(all).not.toContain(s.handle);
  });
});
