// npm run build [-- --now ISO] : validates the ledger once, builds the site with Astro in this
// process (pages read the shared ledger), then stamps the per-complaint pages.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadConfig } from '../adapters/config-file.ts';
import { loadLedgerParallel } from '../adapters/ledger.ts';
import { stampComplaintPages } from '../adapters/stamp.ts';
import { prepareSiteData, provideSiteData } from '../site/lib/data.ts';
import { formatProblem } from '../core/problems.ts';
import { parseIso } from '../core/time.ts';

const { values } = parseArgs({ options: { now: { type: 'string' }, out: { type: 'string', default: 'dist' } } });
const nowArg = values.now ?? process.env.JIESU_NOW;
const now = nowArg ? parseIso(nowArg) : Date.now();
if (Number.isNaN(now)) {
  console.error(`--now 须为带时区的 ISO 时间 / --now must be an ISO time with offset: ${nowArg}`);
  process.exit(2);
}
const t0 = performance.now();
const lap = (label: string, from: number) => console.log(`  ${label}: ${Math.round(performance.now() - from)} ms`);

const { config, problems: cp } = loadConfig();
if (!config) {
  for (const p of cp) console.error(formatProblem(p));
  process.exit(1);
}
const ledger = await loadLedgerParallel({ config, now });
if (ledger.problems.length) {
  for (const p of ledger.problems) console.error(formatProblem(p));
  console.error(`✗ 台账有 ${ledger.problems.length} 个问题,未构建 / the ledger has problems; nothing was built`);
  process.exit(1);
}
lap(`ledger: ${ledger.complaints.length} records`, t0);
const t1 = performance.now();
const data = prepareSiteData(config, ledger.complaints, now, true);
provideSiteData(data);
lap('statistics', t1);

const t2 = performance.now();
const { build } = await import('astro');
const outDir = resolve(values.out);
await build({ root: process.cwd(), outDir, logLevel: 'warn' });
lap('astro build', t2);

const t3 = performance.now();
const pages = stampComplaintPages(outDir, data, config.config.site.base);
lap(`complaint pages: ${pages}`, t3);
console.log(`✓ 站点已生成 / site built in ${values.out}/ (${Math.round(performance.now() - t0)} ms)`);
