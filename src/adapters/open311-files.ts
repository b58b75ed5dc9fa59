// Writes open311/v2/requests/<id>.json for every complaint: plain writes after Astro, like the
// stamped pages (100,000 Astro routes would cost ~100 s; this costs a few).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { open311Request } from '../core/open311.ts';
import type { SiteData } from '../site/lib/data.ts';

export const OPEN311_DIR = 'open311/v2';

export function writeOpen311Requests(outDir: string, data: SiteData): number {
  const dir = join(outDir, OPEN311_DIR, 'requests');
  mkdirSync(dir, { recursive: true });
  for (const c of data.complaints) {
    // GeoReport v2 answers a single-request query with a one-element array.
    writeFileSync(join(dir, `${c.data.id}.json`), JSON.stringify([open311Request(data.config, c, data.facts.get(c.data.id)!)]));
  }
  return data.complaints.length;
}
