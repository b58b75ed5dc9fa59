// npm run new [-- --title … --building … (flags)] : creates one valid record in the ledger, for
// staff who work in git directly. Missing answers are asked for when run in a terminal. The answers
// go through the same reader and validator as the issue form, so both paths make the same record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../adapters/config-file.ts';
import { DEFAULT_LEDGER, monthFiles, nextId } from '../adapters/ledger.ts';
import { complaintFormYaml, formBody, formFields, readComplaintForm } from '../core/intake.ts';
import { serializeRecord } from '../core/serialize.ts';
import { recordSchema } from '../core/record.ts';
import { formatProblem } from '../core/problems.ts';
import { formatShanghai } from '../core/time.ts';
import { evaluate, policyOf } from '../core/sla.ts';
import { calendarFor } from '../adapters/calendar-data.ts';
import { parseCli, nowFrom, requireDir, run } from './common.ts';

const FLAGS = ['title', 'description', 'complainant', 'channel', 'source', 'received-at', 'occurred-at', 'building', 'room', 'window', 'detail', 'category', 'urgency', 'responsibility', 'contractor', 'demand', 'demand-detail', 'owner', 'teams'] as const;
const USAGE = `用法 usage: npm run new -- [--${FLAGS.join(' … --')} …] [--ledger complaints] [--config FILE] [--now ISO] [--no-input]
  下拉项填编号(如 --building east-dorm-a --owner repair-duty),--teams 用逗号分隔;缺少的项在终端中逐项询问。
  choices take ids (e.g. --building east-dorm-a); --teams is comma-separated; missing answers are asked for in a terminal.`;

export interface NewIo {
  out?: (s: string) => void;
  /** Answers for missing fields (tests); default: a terminal prompt when stdin is a TTY. */
  ask?: (question: string) => Promise<string>;
}

export async function runNew(argv: string[], io: NewIo = {}): Promise<number> {
  const out = io.out ?? console.log;
  const { values } = parseCli(argv, {
    ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
    ledger: { type: 'string' }, config: { type: 'string' }, now: { type: 'string' }, 'no-input': { type: 'boolean', default: false },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const { config, problems: configProblems } = loadConfig(values.config as string | undefined);
  if (!config) {
    for (const p of configProblems) out(formatProblem(p));
    return 1;
  }
  const now = nowFrom(values.now as string | undefined);
  const ledger = (values.ledger as string | undefined) ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER;
  requireDir(ledger, '台账'); // a typo must not start a second ledger with colliding numbers
  const answers: Record<string, string | string[] | undefined> = { pledge: 'yes' };
  for (const f of FLAGS) {
    const v = (values as Record<string, unknown>)[f] as string | undefined;
    if (v !== undefined) answers[f.replaceAll('-', '_')] = f === 'teams' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v;
  }

  const rl = !io.ask && !values['no-input'] && process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = io.ask ?? (rl ? (q: string) => rl.question(q) : undefined);
  // Every problem is reported in one run, each under its flag: missing, unknown ids, then the form's own checks.
  const fields = formFields(config);
  const flag = (f: { id: string; label: string }) => `--${f.id.replaceAll('_', '-')}(${f.label})`;
  const problems: string[] = [];
  const reported = new Set<string>();
  try {
    for (const f of formFields(config)) {
      if (answers[f.id] !== undefined || f.type === 'checkboxes') continue;
      if (!ask) {
        if (f.required) {
          problems.push(`✗ ${flag(f)}:缺少 / missing`);
          reported.add(f.label);
        }
        continue;
      }
      const choices = f.choices?.map((o, i) => `  ${i + 1}. ${o.label}${o.value ? ` [${o.value}]` : ''}`).join('\n');
      const a = (await ask(`${f.label}${f.required ? ' *' : ''}${choices ? `\n${choices}\n编号或序号 id or number` : ''}: `)).trim();
      if (!a) continue;
      const pickOne = (x: string) => f.choices?.[Number(x) - 1]?.value ?? x;
      answers[f.id] = f.multiple ? a.split(/[,,\s]+/).filter(Boolean).map(pickOne) : f.choices ? pickOne(a) : a;
    }
  } finally {
    rl?.close();
  }

  // Choices are checked here, by id, so the message names the flag and lists what is valid.
  for (const f of fields) {
    if (!f.choices || f.type === 'checkboxes') continue;
    const given = answers[f.id];
    const valid = f.choices.map((o) => o.value).filter(Boolean) as string[];
    const ids = Array.isArray(given) ? given : given === undefined ? [] : [given];
    for (const v of ids)
      if (!valid.includes(v)) {
        const list = valid.length > 40 ? `${valid.slice(0, 40).join(', ')} … (${valid.length})` : valid.join(', ');
        problems.push(`✗ ${flag(f)}:"${v}" 不是有效编号 / is not a valid id\n    可选 valid: ${list}`);
        reported.add(f.label);
      }
    // The form's reader still runs on the rest, without the bad ids.
    if (reported.has(f.label)) answers[f.id] = Array.isArray(given) ? ids.filter((v) => valid.includes(v)) : undefined;
  }

  const form = readComplaintForm(config, complaintFormYaml(config), formBody(config, answers), now, now);
  if (!form.ok) {
    for (const p of form.problems) {
      if (reported.has(p.field)) continue;
      const f = fields.find((x) => x.label === p.field);
      problems.push(`✗ ${f ? flag(f) : p.field}:${p.zh}\n    ${p.en}`);
    }
  }
  if (problems.length || !form.ok) {
    for (const p of problems) out(p);
    if (reported.size) out(`  (npm run new -- --help 列出全部参数 / lists every flag)`);
    return 1;
  }
  const { id, rel } = nextId(monthFiles(ledger, form.record.received_at), form.record.received_at);
  const record = recordSchema.parse({ id, ...form.record });
  const file = join(ledger, rel.replace(/^complaints\//, ''));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serializeRecord(record, form.body), { flag: 'wx' });
  out(`✓ 已创建 created ${file}(投诉编号 tracking number ${id})`);
  for (const k of evaluate(record, policyOf(config.config, calendarFor(config.config)), now))
    if (k.due !== undefined) out(`  ${config.config.service_levels.clocks[k.clock]?.name ?? k.clock} 截止 due ${formatShanghai(k.due)} (UTC+8)`);
  out(`  下一步 next: npm run validate && git add ${file} && git commit -m "${id}" && git push`);
  return 0;
}

if (import.meta.main) await run(() => runNew(process.argv.slice(2)), USAGE);
