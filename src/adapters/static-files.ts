// Files written after Astro, one or two per complaint: the complaint page, stamped into the shell
// page Astro rendered (see pages/c/[id].astro), and its Open311 request. String stamping costs
// microseconds a page; what costs is the disk, so writes are asynchronous and bounded, and the
// build runs the search indexer (another process, CPU bound) at the same time.
import { readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHELL_ID, SHELL_TITLE, SHELL_BODY } from '../site/lib/shell.ts';
import { complaintHtml, esc } from '../site/lib/present.ts';
import { open311Request } from '../core/open311.ts';
import { complaintPath } from '../core/public.ts';
import type { SiteData } from '../site/lib/data.ts';

export const OPEN311_DIR = 'open311/v2';
/** Writes in flight: enough to keep the disk queue full, few enough to bound memory. */
const IN_FLIGHT = 32;

async function pool<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => { while (next < items.length) await work(items[next++]!); };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
}

export async function writeComplaintFiles(outDir: string, data: SiteData, base: string): Promise<{ pages: number; requests: number }> {
  // Astro writes the shell route (c/[id].html.astro) as c/_shell.html/index.html.
  const shellDir = join(outDir, complaintPath(SHELL_ID));
  const shell = readFileSync(join(shellDir, 'index.html'), 'utf8');
  const [head, rest] = splitOnce(shell, SHELL_TITLE);
  const [middle, tail] = splitOnce(rest, SHELL_BODY);
  rmSync(shellDir, { recursive: true, force: true });
  const requests = join(outDir, OPEN311_DIR, 'requests');
  await mkdir(requests, { recursive: true });
  await pool(data.complaints, async (c) => {
    const id = c.data.id;
    const f = data.facts.get(id)!;
    await writeFile(join(outDir, complaintPath(id)), head + esc(`${id} ${c.data.title}`) + middle + complaintHtml(data.config, c, f, data.now, base) + tail);
    // GeoReport v2 answers a single-request query with a one-element array.
    await writeFile(join(requests, `${id}.json`), JSON.stringify([open311Request(data.config, c, f)]));
  });
  return { pages: data.complaints.length, requests: data.complaints.length };
}

function splitOnce(s: string, token: string): [string, string] {
  const i = s.indexOf(token);
  if (i < 0 || s.indexOf(token, i + 1) >= 0) throw new Error(`complaint shell page must contain ${token} exactly once`);
  return [s.slice(0, i), s.slice(i + token.length)];
}
