// npm run alerts [-- --dry-run] [--now ISO] [--budget 50] [--repo owner/name]
// Opens, updates and closes one GitHub issue per breached or at-risk service-level clock.
// Token: GITHUB_TOKEN; repository: --repo or GITHUB_REPOSITORY; API: GITHUB_API_URL.
import { appendFileSync } from 'node:fs';
import { loadConfig } from '../adapters/config-file.ts';
import { loadLedgerParallel, DEFAULT_LEDGER } from '../adapters/ledger.ts';
import { calendarFor } from '../adapters/calendar-data.ts';
import { Budget, BudgetExhausted, dryRunPort, githubPort, makeOctokit, type AlertPort } from '../adapters/github.ts';
import { ALERT_LABEL, intakeAlertLabel, parseAlert, parseIntakeAlerts, planAlerts, type AlertOp, type AlertSubject, type ExistingAlert } from '../core/alerts.ts';
import { evaluate, policyOf, statusAt } from '../core/sla.ts';
import { OPEN_STATUSES, STATUSES } from '../core/record.ts';
import { formatProblem } from '../core/problems.ts';
import { parseCli, nowFrom, requireDir, run, UsageError } from './common.ts';
import { complaintUrl } from '../core/public.ts';

const USAGE = `用法 usage: npm run alerts -- [--dry-run] [--now ISO] [--budget 50] [--repo owner/name] [--ledger DIR] [--config FILE]
  需要 GITHUB_TOKEN(--dry-run 时可无) / needs GITHUB_TOKEN (optional with --dry-run)`;

export interface AlertsEnv {
  env?: NodeJS.ProcessEnv;
  out?: (s: string) => void;
  /** Test hooks: shorter waits against a local fake GitHub. */
  writeIntervalMs?: number;
  retryAfterBaseValue?: number;
}

export async function runAlerts(argv: string[], io: AlertsEnv = {}): Promise<number> {
  const env = io.env ?? process.env;
  const out = io.out ?? console.log;
  const { values } = parseCli(argv, {
    'dry-run': { type: 'boolean', default: false }, now: { type: 'string' }, budget: { type: 'string', default: '50' },
    repo: { type: 'string' }, ledger: { type: 'string' }, config: { type: 'string' }, 'closed-days': { type: 'string', default: '60' },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const now = nowFrom(values.now);
  const limit = Number(values.budget);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--budget 须为正整数 / --budget must be a positive integer: ${values.budget}`);
  const repoName = values.repo ?? env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repoName.split('/');
  const token = env.GITHUB_TOKEN;
  const dry = values['dry-run'];
  if (!dry && (!token || !owner || !repo))
    throw new UsageError('需要 GITHUB_TOKEN 和 --repo owner/name(或 GITHUB_REPOSITORY);只想看看会做什么请加 --dry-run / GITHUB_TOKEN and a repository are required; use --dry-run to preview');
  const dir = values.ledger ?? env.JIESU_LEDGER ?? DEFAULT_LEDGER;
  requireDir(dir, '台账');

  const { config, problems } = loadConfig(values.config ?? env.JIESU_CONFIG);
  if (!config) {
    for (const p of problems) out(formatProblem(p));
    return 1;
  }
  const ledger = await loadLedgerParallel({ dir, config, now: Math.max(now, Date.now()) });
  if (ledger.problems.length) {
    for (const p of ledger.problems) out(formatProblem(p));
    out('✗ 台账有问题,未发送提醒 / the ledger has problems; no alerts were sent');
    return 1;
  }

  const budget = new Budget(limit);
  const real = token && owner && repo
    ? githubPort(makeOctokit({ token, baseUrl: env.GITHUB_API_URL, writeIntervalMs: io.writeIntervalMs, retryAfterBaseValue: io.retryAfterBaseValue, log: out }), { owner, repo }, budget)
    : undefined;
  const port: AlertPort = dry ? dryRunPort(real, budget, out) : real!;
  if (dry && !real) out('[dry-run] 无 GITHUB_TOKEN/仓库:无法读取现有提醒,假定尚无提醒 issue / no token or repository: existing alerts cannot be read, so none are assumed');

  const before = await port.rateLimit();
  if (before) out(`GitHub 速率限制剩余 rate limit remaining: ${before.remaining}/${before.limit}`);

  // Complaints filed through an intake issue are alerted there (comments and labels).
  const idByIssue = new Map(ledger.complaints.flatMap((c) => (c.data.issue ? [[c.data.issue, c.data.id] as const] : [])));
  let existing: ExistingAlert[] = [];
  try {
    existing = (await port.listAlerts(ALERT_LABEL, now - Number(values['closed-days']) * 86_400_000))
      .flatMap((i) => parseAlert(i) ?? parseIntakeAlerts(i, idByIssue));
  } catch (e) {
    if (e instanceof BudgetExhausted) {
      out(`✗ 预算不足以读取现有提醒 / budget too small to read the existing alerts (${limit})`);
      return 1;
    }
    throw e;
  }

  // Subjects: open complaints, and any complaint an open alert still points at.
  const policy = policyOf(config.config, calendarFor(config.config));
  const alerted = new Set(existing.filter((a) => a.state === 'open').map((a) => a.key.split(':')[0]));
  const site = config.config.site;
  const subjects: AlertSubject[] = [];
  for (const c of ledger.complaints) {
    const d = c.data;
    const status = statusAt(d, now);
    if (!status || (!OPEN_STATUSES.has(status) && !alerted.has(d.id))) continue;
    const staff = config.staff.get(d.owner);
    subjects.push({
      id: d.id, title: d.title, status, statusLabel: STATUSES[status],
      ownerLabel: staff ? `${config.teams.get(staff.team)?.name ?? staff.team} · ${staff.role} (${d.owner})` : d.owner,
      ownerLogin: staff?.github,
      url: complaintUrl(site, d.id),
      issue: d.issue,
      clocks: evaluate(d, policy, now),
      clockName: (k) => config.config.service_levels.clocks[k]?.name ?? k,
    });
  }
  const ops = planAlerts(subjects, existing, now);
  const intakeIssue = new Map(subjects.flatMap((s) => (s.issue ? [[s.id, s.issue] as const] : [])));
  for (const [issue, id] of idByIssue) if (!intakeIssue.has(id)) intakeIssue.set(id, issue);
  // Labels each intake issue carries now, to drop the watch label with its last live clock.
  const liveLabels = new Map<number, Set<string>>();
  for (const a of existing) if (intakeIssue.get(a.key.split(':')[0]!) === a.number) {
    const set = liveLabels.get(a.number) ?? new Set<string>();
    set.add(intakeAlertLabel(a.key.split(':')[1]!, a.alertState!));
    liveLabels.set(a.number, set);
  }
  /** An op on a complaint with an intake issue: comments and labels there instead of an alert issue. */
  async function onIntakeIssue(op: AlertOp, issue: number): Promise<void> {
    const clock = op.key.split(':')[1]!;
    const labels = liveLabels.get(issue) ?? new Set<string>();
    liveLabels.set(issue, labels);
    const drop = async (l: string) => { if (labels.delete(l)) await port.removeLabel(issue, l); };
    if (op.op === 'close') {
      await port.comment(issue, op.comment);
      await drop(intakeAlertLabel(clock, 'breached'));
      await drop(intakeAlertLabel(clock, 'at_risk'));
      if (labels.size === 0) await port.removeLabel(issue, ALERT_LABEL);
      return;
    }
    await port.comment(issue, op.op === 'update' ? `${op.comment}\n\n${op.body}` : op.body);
    await drop(intakeAlertLabel(clock, op.state === 'breached' ? 'at_risk' : 'breached'));
    labels.add(intakeAlertLabel(clock, op.state));
    await port.addLabels(issue, [ALERT_LABEL, intakeAlertLabel(clock, op.state)]);
  }

  const done: { op: AlertOp; number: number }[] = [];
  let stopped = 0;
  for (const [i, op] of ops.entries()) {
    const issue = intakeIssue.get(op.key.split(':')[0]!);
    const cost = issue ? 4 : op.op === 'create' ? 1 : 2;
    if (budget.limit - budget.used < cost) {
      stopped = ops.length - i;
      break;
    }
    try {
      if (issue) {
        await onIntakeIssue(op, issue);
        done.push({ op, number: issue });
      } else if (op.op === 'create') {
        done.push({ op, number: await port.create({ title: op.title, body: op.body, labels: op.labels, assignees: op.assignees }) });
      } else if (op.op === 'update') {
        await port.update(op.number, { title: op.title, body: op.body, labels: op.labels, ...(op.reopen ? { state: 'open' as const } : {}) });
        await port.comment(op.number, op.comment);
        done.push({ op, number: op.number });
      } else {
        await port.comment(op.number, op.comment);
        await port.update(op.number, { state: 'closed' });
        done.push({ op, number: op.number });
      }
    } catch (e) {
      if (!(e instanceof BudgetExhausted)) throw e;
      stopped = ops.length - i;
      break;
    }
  }

  const after = await port.rateLimit();
  if (after) out(`GitHub 速率限制剩余 rate limit remaining: ${after.remaining}/${after.limit}`);
  const verb = dry
    ? { create: '将新建 would open', update: '将更新 would update', close: '将关闭 would close' } as const
    : { create: '新建 opened', update: '更新 updated', close: '关闭 closed' } as const;
  for (const d of done) out(`${dry ? '[dry-run] ' : ''}${verb[d.op.op]} ${d.number > 0 ? `#${d.number}` : ''} ${d.op.key}${'state' in d.op ? ` (${d.op.state})` : ''}`);
  out(`${dry ? '[dry-run] ' : ''}提醒 alerts: ${ops.length} 项待办 planned, ${done.length} 项${dry ? '将执行(未写入)would be done (nothing written)' : '完成 done'}${stopped ? `, ${stopped} 项因操作预算用尽留待下次 left for the next run (budget ${limit})` : ''}; 请求 requests ${budget.used}/${limit}`);

  if (env.GITHUB_STEP_SUMMARY) {
    const rows = done.map((d) => `| ${verb[d.op.op]} | ${d.number > 0 ? `#${d.number}` : '—'} | ${d.op.key.replace(':', ' | ')} | ${'state' in d.op ? d.op.state : 'closed'} |`);
    appendFileSync(env.GITHUB_STEP_SUMMARY, [
      `### 服务时限提醒 SLA alerts${dry ? ' (dry run)' : ''}`, '',
      `${ops.length} planned, ${done.length} done${stopped ? `, ${stopped} left for the next run (budget ${limit})` : ''}; ${budget.used} requests.`, '',
      '| 操作 | 提醒 | 投诉 | 时限 | 状态 |', '|---|---|---|---|---|', ...rows, '',
    ].join('\n'));
  }
  return 0;
}

if (import.meta.main) await run(() => runAlerts(process.argv.slice(2)), USAGE);
