// npm run forms [-- --check] : writes the complaint issue form and the issue chooser config from
// jiesu.config.yaml, so dropdowns always match the config. --check only reports drift (CI, tests).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from '../adapters/config-file.ts';
import { complaintFormYaml, issueConfigYaml, FORM_FILE } from '../core/intake.ts';
import { formatProblem } from '../core/problems.ts';
import { parseCli, run } from './common.ts';

const USAGE = '用法 usage: npm run forms -- [--check] [--config jiesu.config.yaml] [--root .]';

export function runForms(argv: string[], out: (s: string) => void = console.log): number {
  const { values } = parseCli(argv, { check: { type: 'boolean', default: false }, config: { type: 'string' }, root: { type: 'string', default: '.' } });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const { config, problems } = loadConfig(values.config);
  if (!config) {
    for (const p of problems) out(formatProblem(p));
    return 1;
  }
  const files = [[FORM_FILE, complaintFormYaml(config)], ['.github/ISSUE_TEMPLATE/config.yml', issueConfigYaml(config)]] as const;
  let drift = 0;
  for (const [rel, text] of files) {
    const path = join(values.root, rel);
    const same = existsSync(path) && readFileSync(path, 'utf8') === text;
    if (values.check) {
      if (!same) {
        drift++;
        out(`✗ ${rel} 与配置不一致,请运行 npm run forms 并提交 / out of date with the config: run npm run forms and commit`);
      }
    } else if (!same) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      out(`✓ 已更新 wrote ${rel}`);
    }
  }
  if (!drift && values.check) out('✓ 表单与配置一致 / issue forms match the config');
  return drift ? 1 : 0;
}

if (import.meta.main) await run(() => runForms(process.argv.slice(2)), USAGE);
