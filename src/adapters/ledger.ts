// Reads the ledger directory and runs the core checks on every record. The CLI and the site
// both load through here, so a value means the same everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkRecord, checkLedgerLinks } from '../core/validate.ts';
import type { ConfigIndex } from '../core/config.ts';
import type { Complaint } from '../core/record.ts';
import type { Problem } from '../core/problems.ts';
import { locateInYaml } from './yaml-locate.ts';

export const DEFAULT_LEDGER = 'complaints';

export interface Ledger {
  complaints: Complaint[];
  problems: Problem[];
  /** Files read. */
  files: number;
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

export function loadLedger(opts: { dir?: string; config: ConfigIndex; now: number }): Ledger {
  const dir = opts.dir ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER;
  const files = listRecordFiles(dir);
  const ctx = { config: opts.config, now: opts.now, locate: (y: string, p: readonly PropertyKey[]) => locateInYaml(y, p) };
  const complaints: Complaint[] = [];
  const problems: Problem[] = [];
  for (const abs of files) {
    const shown = relative(process.cwd(), abs).split(sep).join('/') || abs;
    let text: string;
    try {
      text = readFileSync(abs, 'utf8');
    } catch (e) {
      problems.push({ file: shown, field: '', rule: 'unreadable', zh: `无法读取文件:${(e as Error).message}`, en: `cannot read file: ${(e as Error).message}` });
      continue;
    }
    const r = checkRecord(shown, text, ctx);
    if (r.complaint) complaints.push(r.complaint);
    for (const p of r.problems) problems.push(p);
  }
  for (const p of checkLedgerLinks(complaints)) problems.push(p);
  return { complaints, problems, files: files.length };
}
