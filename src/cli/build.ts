// npm run build [-- --now ISO] [--out dist] [--ledger DIR] [--config FILE] [--force]
// Validates the ledger once, builds the site with Astro in this process (pages read the shared
// ledger), then writes the per-complaint files while Pagefind indexes.
import { resolve } from 'node:path';
import { loadConfig, DEFAULT_CONFIG } from '../adapters/config-file.ts';
import { discard, publish, refuseOutDir, stageFor } from '../adapters/site-output.ts';
import { loadLedgerParallel, DEFAULT_LEDGER } from '../adapters/ledger.ts';
import { writeComplaintFiles } from '../adapters/static-files.ts';
import { buildSearchIndex } from '../adapters/search-index.ts';
import { prepareSiteData, provideSiteData } from '../site/lib/data.ts';
import { formatProblem } from '../core/problems.ts';
import { parseCli, nowFrom, requireDir, run, UsageError } from './common.ts';

const USAGE = `用法 usage: npm run build -- [--now 2026-12-03T09:00:00+08:00] [--out dist] [--ledger complaints] [--config jiesu.config.yaml] [--force]
  --out 目录在构建成功后被整体替换;非本工具生成的非空目录需加 --force;项目目录及其上级、台账目录、.git 内、含 git 仓库或受 git 跟踪文件的目录一律不可作为 --out
  --out is replaced when the build succeeds; a non-empty folder that is not a jiesu build needs --force; the project and its parents, the ledger, anything in .git and folders holding a repository or git-tracked files are always refused`;

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
  const dir = values.ledger ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER;
  requireDir(dir, '台账');
  // The output is replaced when the build succeeds: see adapters/site-output.ts for what is refused.
  const refused = refuseOutDir(values.out, {
    cwd: process.cwd(), ledger: dir, config: values.config ?? process.env.JIESU_CONFIG ?? DEFAULT_CONFIG, force: values.force,
  });
  if (refused) throw new UsageError(`${refused.zh} / ${refused.en}`);
  const outDir = resolve(values.out);
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

  // Everything is written into a staging folder that replaces the output only at the end.
  const stage = stageFor(outDir);
  try {
    const t2 = performance.now();
    process.env.ASTRO_TELEMETRY_DISABLED = '1'; // a public-sector site: Astro's usage reporting stays off
    const { build } = await import('astro');
    await build({ root: process.cwd(), outDir: stage, logLevel: 'warn' });
    lap('astro build', t2);

    // Per-complaint files (disk bound) and the search index (CPU bound, in Pagefind's process) overlap.
    const t3 = performance.now();
    await Promise.all([
      writeComplaintFiles(stage, data, config.config.site.base).then((r) => lap(`complaint pages and Open311 requests: ${r.pages}`, t3)),
      buildSearchIndex(stage, data).then((r) => lap(`search index (pagefind): ${r.complaints} complaints, ${r.pages} pages`, t3)),
    ]);
    publish(stage, outDir, now);
  } catch (e) {
    discard(stage);
    throw e;
  }
  console.log(`✓ 站点已生成 / site built in ${values.out.replace(/[\\/]+$/, '')}/ (${Math.round(performance.now() - t0)} ms)`);
  return 0;
}

await run(() => main(process.argv.slice(2)), USAGE);
