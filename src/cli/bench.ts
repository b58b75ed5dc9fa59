// npm run bench -- [N] : generates N records into a temporary ledger, then measures
// `validate` and a full `build` as separate processes (wall time and peak memory).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { loadConfig } from '../adapters/config-file.ts';
import { generateLedger } from '../sample/generate.ts';
import { serializeRecord } from '../core/serialize.ts';
import { evaluate, policyOf } from '../core/sla.ts';
import { calendarFor } from '../adapters/calendar-data.ts';

const args = process.argv.slice(2);
const bad = args.filter((a) => !/^\d+$/.test(a) && a !== '--keep');
if (bad.length || args.filter((a) => /^\d+$/.test(a)).length > 1) {
  console.error(`用法 usage: npm run bench -- [N] [--keep]   (N = number of records, default 20000); got: ${args.join(' ')}`);
  process.exit(2);
}
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 20000);
const keep = args.includes('--keep');
const NOW = '2026-12-03T09:00:00+08:00';
const root = mkdtempSync(join(tmpdir(), 'jiesu-bench-'));
const ledger = join(root, 'complaints');
const out = join(root, 'dist');

const { config } = loadConfig();
if (!config) throw new Error('invalid config: run npm run validate');

let t = performance.now();
const records = generateLedger({ config: config.config, seed: 7, count: n, from: '2025-11-01T00:00:00+08:00', to: NOW });
for (const r of records) {
  const p = join(ledger, r.path.replace(/^complaints\//, ''));
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, serializeRecord(r.data, r.body));
}
const genMs = performance.now() - t;

/** Resident memory of a process and all its descendants (Linux /proc; 0 where unavailable). */
function treeRss(pid: number): number {
  let total = 0;
  const walk = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const tid of readdirSync(`/proc/${p}/task`))
        for (const c of readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) walk(Number(c));
    } catch {
      /* the process ended between reads */
    }
  };
  walk(pid);
  return total;
}

async function measure(label: string, args: string[], env: Record<string, string> = {}) {
  const rssFile = join(root, `${label}.rss`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', new URL('./bench-preload.ts', import.meta.url).pathname, ...args], {
    env: { ...process.env, ...env, JIESU_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  // The process's own peak comes from the kernel; the tree's (Pagefind, rm) is sampled every 100 ms.
  let tree = 0;
  const sampler = setInterval(() => { tree = Math.max(tree, treeRss(child.pid!)); }, 100);
  const status = await new Promise<number | null>((done) => child.once('close', done));
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (status !== 0) {
    console.error(stdout.slice(-3000), stderr.slice(-3000));
    throw new Error(`${label} failed with exit code ${status}`);
  }
  const peak = Number(readFileSync(rssFile, 'utf8'));
  return { ms, peak, tree: Math.max(tree, peak), stdout };
}

// The SLA scan: every clock of every record, in process (loading is measured by validate).
const policy = policyOf(config.config, calendarFor(config.config));
const scanNow = Date.parse(NOW);
t = performance.now();
let clocks = 0;
for (const r of records) clocks += evaluate(r.data, policy, scanNow).length;
const scanMs = performance.now() - t;

// Three runs each on this shared 2-core machine: report the median, and the spread.
const runs = async (label: string, args: string[], env: Record<string, string> = {}) => {
  const r = [];
  for (const i of [0, 1, 2]) r.push(await measure(`${label}-${i}`, args, env));
  const byMs = [...r].sort((a, b) => a.ms - b.ms);
  return { ...byMs[1]!, min: byMs[0]!.ms, max: byMs[2]!.ms, peak: Math.max(...r.map((x) => x.peak)), tree: Math.max(...r.map((x) => x.tree)) };
};
const v = await runs('validate', ['src/cli/validate.ts', '--ledger', ledger, '--now', NOW]);
const b = await runs('build', ['src/cli/build.ts', '--out', out, '--now', NOW], { JIESU_LEDGER: ledger });

const mb = (x: number) => `${(x / 1024 / 1024).toFixed(0)} MB`;
const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
console.log(`\njiesu bench: ${n} records, ${cpus().length} cores, Node ${process.version}`);
console.log(`  generate (not a target)  ${s(genMs)}`);
console.log(`  validate                 ${s(v.ms)}  (min ${s(v.min)}, max ${s(v.max)})  peak ${mb(v.peak)}, ${mb(v.tree)} with its child process`);
console.log(`  SLA scan                 ${s(scanMs)}  (${clocks} clocks, in process)`);
console.log(`  full build               ${s(b.ms)}  (min ${s(b.min)}, max ${s(b.max)})  peak ${mb(b.peak)}, ${mb(b.tree)} with Pagefind and rm`);
console.log(b.stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => '    ' + l.trim()).join('\n'));
console.log('  (median of 3 runs each; peak = largest resident set of the process in any run; "with" adds its child processes, sampled every 100 ms)');
if (keep) console.log(`  kept: ${root}`);
else rmSync(root, { recursive: true, force: true });
