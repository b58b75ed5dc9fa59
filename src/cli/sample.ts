// jiesu sample: writes a seeded, realistic sample ledger (see src/sample/generate.ts).
//   node src/cli/sample.ts [--count 500] [--seed 20261203] [--from 2025-11-01T00:00:00+08:00]
//     [--to 2026-12-03T09:00:00+08:00] [--out complaints] [--config jiesu.config.yaml] [--force]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import type { Config } from '../core/config.ts';
import { loadConfig as loadConfigFile } from '../adapters/config-file.ts';
import { formatProblem } from '../core/problems.ts';
import { serializeRecord } from '../core/serialize.ts';
import { formatMix, generateLedger, summarizeMix } from '../sample/generate.ts';
import type { GeneratedRecord } from '../sample/generate.ts';

const USAGE = `用法 usage: npm run sample -- [options]   生成虚构的示例台账 / writes an invented sample ledger
  --count N      记录数 number of records (default 500)
  --seed N       随机种子 PRNG seed (default 20261203)
  --from ISO     最早受理时间 first possible receipt, with offset (default 2025-11-01T00:00:00+08:00)
  --to ISO       示例的"当前时间" the sample's "now", with offset (default 2026-12-03T09:00:00+08:00)
  --out DIR      台账目录 ledger directory (default complaints)
  --config FILE  配置 organisation config (default jiesu.config.yaml)
  --force        覆盖非空目录(只删除 YYYY/MM 下的 *.md) replace the records in a non-empty --out`;

function loadConfig(file: string): Config {
  const { config, problems } = loadConfigFile(file);
  if (!config) throw new Error('配置无效 / invalid config:\n' + problems.map(formatProblem).join('\n'));
  return config.config;
}

/** Removes *.md files under out/YYYY/MM and the month/year dirs left empty; nothing else. */
function clearLedger(out: string): number {
  let removed = 0;
  const dirs = (dir: string, re: RegExp) =>
    fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && re.test(e.name)).map((e) => path.join(dir, e.name));
  for (const y of dirs(out, /^\d{4}$/)) {
    for (const m of dirs(y, /^\d{2}$/)) {
      for (const f of fs.readdirSync(m, { withFileTypes: true })) {
        if (f.isFile() && f.name.endsWith('.md')) {
          fs.unlinkSync(path.join(m, f.name));
          removed++;
        }
      }
      if (fs.readdirSync(m).length === 0) fs.rmdirSync(m);
    }
    if (fs.readdirSync(y).length === 0) fs.rmdirSync(y);
  }
  return removed;
}

/** Serializes and writes records synchronously (records carry complaints/YYYY/MM/<id>.md paths). */
function writeRecords(out: string, records: GeneratedRecord[]): void {
  const made = new Set<string>();
  for (const r of records) {
    const file = path.join(out, r.path.replace(/^complaints\//, ''));
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(file, serializeRecord(r.data, r.body));
  }
}

/** Large ledgers are serialized and written by a bounded pool of worker threads (this same file). */
async function writeAll(out: string, records: GeneratedRecord[]): Promise<void> {
  const n = Math.min(os.availableParallelism(), 8, Math.ceil(records.length / 5000));
  if (n <= 1) return writeRecords(out, records);
  const size = Math.ceil(records.length / n);
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(new URL(import.meta.url), { workerData: { out, records: records.slice(i * size, (i + 1) * size) } });
        w.once('error', reject);
        w.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer thread exited with code ${code}`))));
      }),
    ),
  );
}

function int(name: string, s: string): number {
  if (!/^\d+$/.test(s)) throw new Error(`--${name} must be a non-negative integer, got "${s}"`);
  return Number(s);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '500' },
      seed: { type: 'string', default: '20261203' },
      from: { type: 'string', default: '2025-11-01T00:00:00+08:00' },
      to: { type: 'string', default: '2026-12-03T09:00:00+08:00' },
      out: { type: 'string', default: 'complaints' },
      config: { type: 'string', default: 'jiesu.config.yaml' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  } catch (e) {
    console.error(`参数错误 / bad arguments: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const a = parsed.values;
  if (a.help) {
    console.log(USAGE);
    return 0;
  }
  const count = int('count', a.count);
  const seed = int('seed', a.seed);
  const config = loadConfig(a.config);
  const out = a.out;

  if (fs.existsSync(out) && fs.readdirSync(out).length > 0) {
    if (!a.force) {
      console.error(`${out} 不是空目录;要替换其中的记录请加 --force(只删除 YYYY/MM 下的 *.md)/ ${out} is not empty; pass --force to replace the records in it (only *.md under YYYY/MM is removed).`);
      return 1;
    }
    const n = clearLedger(out);
    if (n) console.log(`removed ${n} existing records from ${out}`);
  }

  const t0 = performance.now();
  const records = generateLedger({ config, seed, count, from: a.from, to: a.to });
  const t1 = performance.now();
  await writeAll(out, records);
  const t2 = performance.now();
  const s = (ms: number) => (ms / 1000).toFixed(2) + ' s';
  console.log(`wrote ${records.length} records to ${out}/ (seed ${seed}, ${a.from} → ${a.to}; generate ${s(t1 - t0)}, write ${s(t2 - t1)})`);
  console.log(`mix: ${formatMix(summarizeMix(records))}`);
  return 0;
}

if (!isMainThread) {
  const job = workerData as { out: string; records: GeneratedRecord[] };
  writeRecords(job.out, job.records);
} else {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    report(e);
    process.exitCode = 1;
  }
}

function report(e: unknown): void {
  console.error((e as Error).message);
}
