// Open311 GeoReport v2, read only: our categories as services, our complaints as service requests.
// Only public fields; every object carries exactly the spec's fields (null where we have nothing).
// Mapping and field notes: docs/open-data.md.
import type { ConfigIndex } from './config.ts';
import type { Complaint } from './record.ts';
import type { Facts } from './stats.ts';
import { toShanghaiIso, parseIso, HOUR } from './time.ts';
import { publicEntries, placeText, statusText, isOpen } from './public.ts';

export const SERVICE_FIELDS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'] as const;
export const REQUEST_FIELDS = [
  'service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description',
  'agency_responsible', 'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime',
  'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url',
] as const;

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: false;
  type: 'realtime';
  keywords: string;
  group: string;
}

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: string;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

export function open311Services(cfg: ConfigIndex): Open311Service[] {
  return cfg.config.categories.map((c) => {
    const team = c.team ? cfg.teams.get(c.team) : undefined;
    return {
      service_code: c.id,
      service_name: c.name,
      description: `${c.name} ${c.en}`,
      metadata: false,
      type: 'realtime',
      keywords: [c.name, c.en, c.id].join(','),
      group: team ? team.name : '',
    };
  });
}

/** One complaint as a service request. `expected_datetime` is the due time of a running resolution clock. */
export function open311Request(cfg: ConfigIndex, c: Complaint, f: Facts): Open311Request {
  const d = c.data;
  const entries = publicEntries(c);
  const last = entries.at(-1)!;
  const lastNote = entries.findLast((e) => e.note)?.note;
  const notes = [statusText(d.status), d.duplicate_of ? `→ ${d.duplicate_of}` : '', lastNote ?? ''].filter(Boolean).join(' · ');
  const cat = cfg.categories.get(d.category);
  const due = f.clocks
    .filter((k) => k.at === undefined && k.due !== undefined && cfg.config.service_levels.clocks[k.clock]?.event === 'resolution')
    .map((k) => k.due!)
    .sort((a, b) => a - b)[0];
  const team = f.team ? cfg.teams.get(f.team)?.name : undefined;
  return {
    service_request_id: d.id,
    status: isOpen(d.status) ? 'open' : 'closed',
    status_notes: notes,
    service_name: cat?.name ?? d.category,
    service_code: d.category,
    description: [d.title, c.body.trim()].filter(Boolean).join('\n\n'),
    agency_responsible: team ?? null,
    service_notice: null,
    requested_datetime: toShanghaiIso(parseIso(d.received_at)),
    updated_datetime: toShanghaiIso(last.at),
    expected_datetime: isOpen(d.status) && due !== undefined ? toShanghaiIso(due) : null,
    address: [cfg.campuses.get(cfg.buildings.get(d.place.building)?.campus ?? '')?.name, placeText(cfg, c)].filter(Boolean).join(' '),
    address_id: d.place.building,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}

/** requests.json: open complaints and those received in the last `days` days, newest first, at most `limit` (the spec's default is 90 days, 1000). */
export function recentRequests(cfg: ConfigIndex, complaints: readonly Complaint[], facts: Map<string, Facts>, now: number, days = 90, limit = 1000): Open311Request[] {
  const from = now - days * 24 * HOUR;
  return complaints
    .map((c) => ({ c, f: facts.get(c.data.id)! }))
    .filter(({ f }) => f.open || f.received >= from)
    .sort((a, b) => b.f.received - a.f.received)
    .slice(0, limit)
    .map(({ c, f }) => open311Request(cfg, c, f));
}
