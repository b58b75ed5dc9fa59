// Chinese full-text search with Pagefind (its Node API drives the binary from node_modules; it
// downloads nothing). The complaint pages are indexed from their public text as custom records
// (no HTML parsing of 100k stamped pages); the report pages from their HTML. Any error throws,
// so a failed index fails the build.
import { readFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createIndex, close } from 'pagefind';
import { searchRecord, searchWindow, complaintPath } from '../core/public.ts';
import type { SiteData } from '../site/lib/data.ts';

/** Indexes `site.search_limit` complaints (all open ones, then the most recent) and the reports.
 * URLs are relative to the site root: the search script sets Pagefind's baseUrl to the base path. */
/** Pagefind's service can die without answering (a panic while writing leaves its promises
 * pending forever, and the process would then exit 0 with no index): past this, the build fails. */
export const SEARCH_DEADLINE_MS = 180_000;

export async function buildSearchIndex(outDir: string, data: SiteData, deadlineMs = SEARCH_DEADLINE_MS): Promise<{ complaints: number; pages: number }> {
  // A folder that cannot be made is a clear error here instead of a crash inside Pagefind.
  mkdirSync(join(outDir, 'pagefind'), { recursive: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Pagefind 未在 ${deadlineMs / 1000} 秒内完成索引 / Pagefind did not finish the search index within ${deadlineMs / 1000} s (its process may have crashed: see the messages above)`)), deadlineMs);
  });
  try {
    return await Promise.race([indexAll(outDir, data), deadline]);
  } catch (e) {
    await close(); // stops a stuck service, so a later index in this process starts afresh
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

async function indexAll(outDir: string, data: SiteData): Promise<{ complaints: number; pages: number }> {
  const fail = (what: string, errors: string[]) => {
    if (errors.length) throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
  };
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'zh-cn', maxFragments: 500 });
    fail('createIndex', errors);
    if (!index) throw new Error('Pagefind: no index');
    const cfg = data.config;
    const chosen = searchWindow(data.complaints, cfg.config.site.search_limit);
    // Batches keep the service's message queue short.
    for (let i = 0; i < chosen.length; i += 500) {
      const results = await Promise.all(chosen.slice(i, i + 500).map((c) => index.addCustomRecord({
        url: `/${complaintPath(c.data.id)}`, language: 'zh-cn', ...searchRecord(cfg, c),
      })));
      for (const r of results) fail('addCustomRecord', r.errors);
    }
    let pages = 0;
    const reports = join(outDir, 'reports');
    for (const month of existsSync(reports) ? readdirSync(reports) : []) {
      const file = join(reports, month, 'index.html');
      if (!existsSync(file)) continue;
      const r = await index.addHTMLFile({ url: `/reports/${month}/`, content: readFileSync(file, 'utf8') });
      fail('addHTMLFile', r.errors);
      pages++;
    }
    const w = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    fail('writeFiles', w.errors);
    if (!existsSync(join(outDir, 'pagefind', 'pagefind.js'))) throw new Error('Pagefind wrote no pagefind.js');
    return { complaints: chosen.length, pages };
  } finally {
    await close();
  }
}
