// npm run validate [-- --json] [--ledger DIR] [--config FILE] [--now ISO]
// Checks the config and every record; all problems in one run; exit 1 when any.
import { loadConfig } from '../adapters/config-file.ts';
import { loadLedgerParallel, DEFAULT_LEDGER } from '../adapters/ledger.ts';
import { formatProblem, formatAnnotation, type Problem } from '../core/problems.ts';
import { parseCli, nowFrom, requireDir, run } from './common.ts';

const USAGE = '用法 usage: npm run validate -- [--json] [--ledger complaints] [--config jiesu.config.yaml] [--now 2026-12-03T09:00:00+08:00]';

export async function runValidate(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  const { values } = parseCli(argv, {
    json: { type: 'boolean', default: false },
    ledger: { type: 'string' },
    config: { type: 'string' },
    now: { type: 'string' },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const now = nowFrom(values.now);
  requireDir(values.ledger ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER, '台账');
  const started = performance.now();
  const { config, problems: configProblems } = loadConfig(values.config);
  let problems: Problem[] = configProblems;
  let records = 0, files = 0;
  if (config) {
    const ledger = await loadLedgerParallel({ dir: values.ledger, config, now, problemsOnly: true });
    problems = problems.concat(ledger.problems);
    records = ledger.files - new Set(ledger.problems.map((p) => p.file)).size;
    files = ledger.files;
  }
  const ms = Math.round(performance.now() - started);
  if (values.json) {
    out(JSON.stringify({ ok: problems.length === 0, files, records, problems, ms }, null, 2));
  } else {
    for (const p of problems) out(formatProblem(p));
    if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems.slice(0, 50)) out(formatAnnotation(p));
    const filesWithProblems = new Set(problems.map((p) => p.file)).size;
    out(!config
      ? `✗ 配置文件有 ${problems.length} 个问题,投诉记录未检查 / ${problems.length} problem(s) in the config; records were not checked  [${ms} ms]`
      : problems.length
      ? `✗ ${problems.length} 个问题,涉及 ${filesWithProblems} 个文件(共 ${files} 个)/ ${problems.length} problem(s) in ${filesWithProblems} of ${files} file(s)  [${ms} ms]`
      : `✓ 配置与 ${files} 条投诉记录均有效 / config and ${files} record(s) valid  [${ms} ms]`);
  }
  return problems.length ? 1 : 0;
}

if (import.meta.main) await run(() => runValidate(process.argv.slice(2)), USAGE);
