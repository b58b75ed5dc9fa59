// Reads the ledger directory and runs the core checks on every record. The CLI and the site
// both load through here, so a value means the same everywhere. Large ledgers are checked
// in worker threads, one per core: parsing YAML is CPU-bound and records are independent.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkRecord, checkLedgerLinks, linkInfo, type LinkInfo } from '../core/validate.ts';
import type { ConfigIndex } from '../core/config.ts';
import type { Complaint } from '../core/record.ts';
import type { Problem } from '../core/problems.ts';
import { locateInYaml } from './yaml-locate.ts';

export const DEFAULT_LEDGER = 'complaints';
/** Below this many files a worker's start-up costs more than it saves. */
const PARALLEL_FROM = 2000;

export interface Ledger {
  /** Empty when loaded with `problemsOnly`. */
  complaints: Complaint[];
  problems: Problem[];
  /** Files read. */
  files: number;
}

export interface LoadOptions {
  dir?: string;
  config: ConfigIndex;
  now: number;
  /** Validation only: skip handing the records back (saves copying them between threads). */
  problemsOnly?: boolean;
}

export interface Checked {
  complaints: Complaint[];
  links: LinkInfo[];
  problems: Problem[];
}

/** All record files below dir, sorted; README files are documentation, not records. */
export function listRecordFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.md')) continue;
    if (/^readme\.md$/i.test(e.name)) continue;
    out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

/** Reads and checks files; records and problems keep the order of `files`. */
export function checkFiles(files: readonly string[], config: ConfigIndex, now: number, problemsOnly = false): Checked {
  const ctx = { config, now, locate: (y: string, p: readonly PropertyKey[]) => locateInYaml(y, p) };
  const cwd = process.cwd();
  const complaints: Complaint[] = [];
  const links: LinkInfo[] = [];
  const problems: Problem[] = [];
  for (const abs of files) {
    const shown = relative(cwd, abs).split(sep).join('/') || abs;
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      problems.push({ file: shown, field: '', rule: 'unreadable', zh: `无法读取文件:${(e as Error).message}`, en: `cannot read file: ${(e as Error).message}` });
      continue;
    }
    const r = checkRecord(shown, text, ctx);
    if (r.complaint) {
      links.push(linkInfo(r.complaint));
      if (!problemsOnly) complaints.push(r.complaint);
    }
    for (const p of r.problems) problems.push(p);
  }
  return { complaints, links, problems };
}

const ledgerDir = (dir?: string) => dir ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER;

/** Single-threaded load (dev server, small ledgers, tests). */
export function loadLedger(opts: LoadOptions): Ledger {
  const files = listRecordFiles(ledgerDir(opts.dir));
  return finish([checkFiles(files, opts.config, opts.now, opts.problemsOnly)], files.length);
}

/** The same checks spread over worker threads; falls back to one thread for small ledgers. */
export async function loadLedgerParallel(opts: LoadOptions & { workers?: number }): Promise<Ledger> {
  const files = listRecordFiles(ledgerDir(opts.dir));
  const workers = Math.min(opts.workers ?? availableParallelism(), Math.ceil(files.length / PARALLEL_FROM));
  if (workers <= 1) return finish([checkFiles(files, opts.config, opts.now, opts.problemsOnly)], files.length);
  const size = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(shares.map((share) => runWorker(share, opts)));
  return finish(results, files.length);
}

function runWorker(files: string[], opts: LoadOptions): Promise<Checked> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./ledger-worker.ts', import.meta.url), {
      workerData: { files, config: opts.config.config, now: opts.now, problemsOnly: opts.problemsOnly ?? false },
    });
    w.once('message', (m) => { resolve(m); void w.terminate(); });
    w.once('error', reject);
    w.once('exit', (code) => { if (code !== 0 && code !== 1) reject(new Error(`ledger worker exited with ${code}`)); });
  });
}

function finish(parts: Checked[], files: number): Ledger {
  const problems = parts.flatMap((p) => p.problems);
  for (const p of checkLedgerLinks(parts.flatMap((p) => p.links))) problems.push(p);
  return { complaints: parts.flatMap((p) => p.complaints), problems, files };
}
