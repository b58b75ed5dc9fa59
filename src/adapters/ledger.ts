// Reads the ledger directory and runs the core checks on every record. The CLI and the site
// both load through here, so a value means the same everywhere. Large ledgers are checked
// in worker threads, one per core: parsing YAML is CPU-bound and records are independent.
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkRecord, checkLedgerLinks, linkInfo, type LinkInfo } from '../core/validate.ts';
import { MAX_RECORD_BYTES } from '../core/frontmatter.ts';
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

/**
 * Record files below dir, sorted, plus problems for anything else found there. Symbolic links are
 * never followed (a link loop or a link out of the ledger is reported, not walked), and a file that
 * looks like a record but would be skipped (".MD", ".markdown") is reported rather than ignored.
 */
export function scanLedger(dir: string): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  const shown = (p: string) => relative(process.cwd(), p).split(sep).join('/') || p;
  const walk = (d: string, depth: number) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isSymbolicLink()) {
        problems.push({ file: shown(p), field: '', rule: 'symlink', zh: '台账中不允许符号链接,请改为普通文件', en: 'symbolic links are not allowed in the ledger; use a plain file' });
      } else if (e.isDirectory()) {
        if (e.name === '.git' || e.name === 'node_modules') continue;
        if (depth >= 4) problems.push({ file: shown(p), field: '', rule: 'path', zh: '目录层级过深:记录应位于 YYYY/MM/ 下', en: 'folder nested too deeply: records belong in YYYY/MM/' });
        else walk(p, depth + 1);
      } else if (e.isFile()) {
        if (e.name.endsWith('.md')) {
          if (depth === 0 && /^readme\.md$/i.test(e.name)) continue; // the ledger's own documentation
          files.push(p);
        } else if (e.name !== '.gitkeep' && !(depth === 0 && /^readme/i.test(e.name))) {
          problems.push({ file: shown(p), field: '', rule: 'not-a-record', zh: '台账中只应有 YYYY/MM/<编号>.md 记录文件(扩展名为小写 .md)', en: 'the ledger holds only YYYY/MM/<id>.md record files (lower-case .md)' });
        }
      } else {
        problems.push({ file: shown(p), field: '', rule: 'not-a-record', zh: '台账中只应有普通文件', en: 'the ledger holds only plain files' });
      }
    }
  };
  walk(dir, 0);
  return { files: files.sort(), problems };
}

/** Record files only (see scanLedger for the problems). */
export function listRecordFiles(dir: string): string[] {
  return scanLedger(dir).files;
}

/** Reads and checks files; records and problems keep the order of `files`. */
export function checkFiles(files: readonly string[], config: ConfigIndex, now: number, problemsOnly = false, dir = '.'): Checked {
  const ctx = { config, now, ledgerName: relative(process.cwd(), dir).split(sep).join('/') || dir, locate: (y: string, p: readonly PropertyKey[]) => locateInYaml(y, p) };
  const cwd = process.cwd();
  const complaints: Complaint[] = [];
  const links: LinkInfo[] = [];
  const problems: Problem[] = [];
  // One reused buffer: no allocation per file, and an oversized file is refused after reading
  // only its first MAX_RECORD_BYTES + 1 bytes.
  const buf = Buffer.allocUnsafe(MAX_RECORD_BYTES + 1);
  for (const abs of files) {
    const shown = relative(cwd, abs).split(sep).join('/') || abs;
    let text: string;
    try {
      const fd = openSync(abs, 'r');
      let n = 0;
      try {
        for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, n)) > 0; ) n += r;
      } finally {
        closeSync(fd);
      }
      if (n > MAX_RECORD_BYTES) {
        problems.push({ file: shown, field: '', rule: 'too-large', zh: `文件过大(上限 ${MAX_RECORD_BYTES} 字节),请拆分或删减`, en: `file too large (limit ${MAX_RECORD_BYTES} bytes); shorten it` });
        continue;
      }
      text = buf.toString('utf8', 0, n);
    } catch (e) {
      problems.push({ file: shown, field: '', rule: 'unreadable', zh: `无法读取文件:${(e as Error).message}`, en: `cannot read file: ${(e as Error).message}` });
      continue;
    }
    const r = checkRecord(shown, text, ctx, relative(dir, abs).split(sep).join('/'));
    if (r.complaint) {
      links.push(linkInfo(r.complaint));
      if (!problemsOnly) complaints.push(r.complaint);
    } else if (r.id) {
      links.push({ file: shown, id: r.id, related: [] }); // invalid, but links to it are not "unknown"
    }
    for (const p of r.problems) problems.push(p);
  }
  return { complaints, links, problems };
}

const ledgerDir = (dir?: string) => dir ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER;

/** Single-threaded load (dev server, small ledgers, tests). */
export function loadLedger(opts: LoadOptions): Ledger {
  const dir = ledgerDir(opts.dir);
  const scan = scanLedger(dir);
  return finish([checkFiles(scan.files, opts.config, opts.now, opts.problemsOnly, dir)], scan);
}

/** The same checks spread over worker threads; falls back to one thread for small ledgers. */
export async function loadLedgerParallel(opts: LoadOptions & { workers?: number }): Promise<Ledger> {
  const dir = ledgerDir(opts.dir);
  const scan = scanLedger(dir);
  const files = scan.files;
  const workers = Math.min(opts.workers ?? availableParallelism(), Math.ceil(files.length / PARALLEL_FROM));
  if (workers <= 1) return finish([checkFiles(files, opts.config, opts.now, opts.problemsOnly, dir)], scan);
  // The main thread takes the first share itself: one start-up fewer, one share never copied.
  // Workers spend ~0.2 s loading modules first, so the main thread takes a little more.
  const head = Math.ceil(files.length / workers + Math.min(1500, files.length / 20));
  const size = Math.ceil((files.length - head) / (workers - 1));
  const shares = [files.slice(0, head), ...Array.from({ length: workers - 1 }, (_, i) => files.slice(head + i * size, head + (i + 1) * size))];
  const started = shares.slice(1).map((share) => startChild(share, opts, dir));
  // The job must be fully written to each child before this thread turns to its own share.
  await Promise.all(started.map((w) => w.sent));
  const pending = started.map((w) => w.done);
  const own = checkFiles(shares[0]!, opts.config, opts.now, opts.problemsOnly, dir);
  const results = [own, ...(await Promise.all(pending))];
  return finish(results, scan);
}

/** Starts a child process on a share; `sent` settles once its job is written, `done` with its result. */
function startChild(files: string[], opts: LoadOptions, dir: string): { sent: Promise<unknown>; done: Promise<Checked> } {
  const child = fork(fileURLToPath(new URL('./ledger-worker.ts', import.meta.url)), [], {
    serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [],
  });
  const done = new Promise<Checked>((resolve, reject) => {
    let result: Checked | undefined;
    child.once('message', (m) => { result = m as Checked; });
    child.once('error', reject);
    child.once('exit', (code, signal) => (result ? resolve(result) : reject(new Error(`ledger worker exited with ${code ?? signal}`))));
  });
  const sent = new Promise((resolve) => {
    child.send({ files, config: opts.config.config, now: opts.now, problemsOnly: opts.problemsOnly ?? false, dir }, undefined, {}, resolve);
  });
  return { sent, done };
}

function finish(parts: Checked[], scan: { files: string[]; problems: Problem[] }): Ledger {
  const problems = [...scan.problems, ...parts.flatMap((p) => p.problems)];
  for (const p of checkLedgerLinks(parts.flatMap((p) => p.links))) problems.push(p);
  return { complaints: parts.flatMap((p) => p.complaints), problems, files: scan.files.length };
}

/** Next free tracking number in the month of receipt (ids are never reused), given the file
 * names in that month's folder, and the record's path relative to the repository. */
export function nextId(namesInMonth: readonly string[], receivedAt: string): { id: string; rel: string } {
  const [y, m] = [receivedAt.slice(0, 4), receivedAt.slice(5, 7)];
  const prefix = `${y.slice(2)}${m}`;
  let max = 0;
  for (const f of namesInMonth) {
    const hit = /^(\d{4})-(\d{4,5})\.md$/.exec(f);
    if (hit && hit[1] === prefix) max = Math.max(max, Number(hit[2]));
  }
  const id = `${prefix}-${String(max + 1).padStart(4, '0')}`;
  return { id, rel: `complaints/${y}/${m}/${id}.md` };
}

/** The names in a month folder of a ledger on disk (empty when there is none yet). */
export function monthFiles(ledgerDir: string, receivedAt: string): string[] {
  const dir = join(ledgerDir, receivedAt.slice(0, 4), receivedAt.slice(5, 7));
  return existsSync(dir) ? readdirSync(dir) : [];
}
