// npm run build [-- --now ISO] [--out dist] [--ledger DIR] [--config FILE] [--force]
// Validates the ledger once, builds the site with Astro in this process (pages read the shared
// ledger), then writes the per-complaint files while Pagefind indexes.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { loadConfig } from '../adapters/config-file.ts';
import { loadLedgerParallel, DEFAULT_LEDGER } from '../adapters/ledger.ts';
import { writeComplaintFiles } from '../adapters/static-files.ts';
import { buildSearchIndex } from '../adapters/search-index.ts';
import { prepareSiteData, provideSiteData } from '../site/lib/data.ts';
import { formatProblem } from '../core/problems.ts';
import { parseCli, nowFrom, requireDir, run, UsageError } from './common.ts';

const USAGE = `用法 usage: npm run build -- [--now 2026-12-03T09:00:00+08:00] [--out dist] [--ledger complaints] [--config jiesu.config.yaml] [--force]
  --out 目录会被清空重建;非本工具生成的非空目录需加 --force / --out is emptied and rebuilt; a non-empty directory that is not a jiesu build needs --force`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseCli(argv, {
    now: { type: 'string' }, out: { type: 'string', default: 'dist' }, ledger: { type: 'string' },
    config: { type: 'string' }, force: { type: 'boolean', default: false },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const now = nowFrom(values.now ?? process.env.JIESU_NOW);
  // Astro empties the output directory: never do that to a folder that is not an earlier build.
  const outDir = resolve(values.out);
  if (existsSync(outDir) && readdirSync(outDir).length && !existsSync(join(outDir, 'index.html')) && !values.force)
    throw new UsageError(`${values.out} 不是空目录,也不像之前生成的站点,构建会清空它;确认请加 --force / ${values.out} is not empty and not an earlier build; building would empty it (use --force)`);
  const dir = values.ledger ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER;
  requireDir(dir, '台账');
  if (values.ledger) process.env.JIESU_LEDGER = values.ledger;
  if (values.config) process.env.JIESU_CONFIG = values.config;

  const t0 = performance.now();
  const lap = (label: string, from: number) => console.log(`  ${label}: ${Math.round(performance.now() - from)} ms`);
  const { config, problems: cp } = loadConfig(values.config);
  if (!config) {
    for (const p of cp) console.error(formatProblem(p));
    console.error('✗ 配置无效,未构建 / invalid config; nothing was built');
    return 1;
  }
  const ledger = await loadLedgerParallel({ dir, config, now });
  if (ledger.problems.length) {
    for (const p of ledger.problems) console.error(formatProblem(p));
    console.error(`✗ 台账有 ${ledger.problems.length} 个问题,未构建 / the ledger has problems; nothing was built`);
    return 1;
  }
  lap(`ledger: ${ledger.complaints.length} records`, t0);
  const t1 = performance.now();
  const data = prepareSiteData(config, ledger.complaints, now, true);
  provideSiteData(data);
  lap('statistics and service levels', t1);

  // An earlier build is moved aside and deleted while Astro renders (tens of thousands of files
  // cost seconds of disk time); leftovers of an interrupted build go too.
  const t2 = performance.now();
  const removing = clearAside(outDir);
  process.env.ASTRO_TELEMETRY_DISABLED = '1'; // a public-sector site: Astro's usage reporting stays off
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir, logLevel: 'warn' });
  lap('astro build', t2);

  // Per-complaint files (disk bound) and the search index (CPU bound, in Pagefind's process) overlap.
  const t3 = performance.now();
  await Promise.all([
    writeComplaintFiles(outDir, data, config.config.site.base).then((r) => lap(`complaint pages and Open311 requests: ${r.pages}`, t3)),
    buildSearchIndex(outDir, data).then((r) => lap(`search index (pagefind): ${r.complaints} complaints, ${r.pages} pages`, t3)),
  ]);
  await removing;
  console.log(`✓ 站点已生成 / site built in ${values.out}/ (${Math.round(performance.now() - t0)} ms)`);
  return 0;
}

/** Renames a non-empty `outDir` to a hidden sibling and removes it (and older such siblings) in the background. */
function clearAside(outDir: string): Promise<unknown> {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.old-`;
  try {
    if (existsSync(outDir) && readdirSync(outDir).length) renameSync(outDir, join(parent, `${prefix}${process.pid}-${Date.now()}`));
  } catch {
    /* a mount point or a busy folder: Astro empties it in place instead */
  }
  const old = existsSync(parent) ? readdirSync(parent).filter((n) => n.startsWith(prefix)) : [];
  return Promise.all(old.map((n) => removeTree(join(parent, n))));
}

/** Deletes a folder in a separate `rm` process: Node's recursive rm walks 100,000s of paths on this
 * thread (measured at 100k records: +560 MB heap and Astro delayed by 8 s). Falls back where there is no `rm`. */
function removeTree(dir: string): Promise<unknown> {
  return new Promise((done) => {
    const child = spawn('rm', ['-rf', '--', dir], { stdio: 'ignore' });
    child.once('error', () => done(rm(dir, { recursive: true, force: true })));
    child.once('exit', (code) => done(code === 0 ? undefined : rm(dir, { recursive: true, force: true })));
  });
}

await run(() => main(process.argv.slice(2)), USAGE);
