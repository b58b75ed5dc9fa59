// Writes one page per complaint from the shell page Astro rendered (see pages/c/[id].astro).
// String stamping costs microseconds a page, so every complaint gets a real, JS-free page.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHELL_ID, SHELL_TITLE, SHELL_BODY } from '../site/lib/shell.ts';
import { complaintHtml, esc } from '../site/lib/present.ts';
import type { SiteData } from '../site/lib/data.ts';

export function stampComplaintPages(outDir: string, data: SiteData, base: string): number {
  const shellDir = join(outDir, 'c', SHELL_ID);
  const shell = readFileSync(join(shellDir, 'index.html'), 'utf8');
  const [head, rest] = splitOnce(shell, SHELL_TITLE);
  const [middle, tail] = splitOnce(rest, SHELL_BODY);
  for (const c of data.complaints) {
    const id = c.data.id;
    const html = head + esc(`${id} ${c.data.title}`) + middle + complaintHtml(data.config, c, data.facts.get(id)!, data.now, base) + tail;
    const dir = join(outDir, 'c', id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
  }
  rmSync(shellDir, { recursive: true, force: true });
  return data.complaints.length;
}

function splitOnce(s: string, token: string): [string, string] {
  const i = s.indexOf(token);
  if (i < 0 || s.indexOf(token, i + 1) >= 0) throw new Error(`complaint shell page must contain ${token} exactly once`);
  return [s.slice(0, i), s.slice(i + token.length)];
}
