// npm run sla [-- --now ISO] [--json] [--ledger DIR] [--config FILE]
// Breached and at-risk clocks of open complaints, grouped by owner. Offline; no token needed.
import { loadConfig } from '../adapters/config-file.ts';
import { loadLedgerParallel, DEFAULT_LEDGER } from '../adapters/ledger.ts';
import { calendarFor } from '../adapters/calendar-data.ts';
import { policyOf, watchList, type WatchItem } from '../core/sla.ts';
import { OPEN_STATUSES, STATUSES } from '../core/record.ts';
import { formatProblem, type Problem } from '../core/problems.ts';
import { toShanghaiIso, formatShanghai, formatDurationZh } from '../core/time.ts';
import { parseCli, nowFrom, requireDir, run } from './common.ts';
import { complaintUrl } from '../core/public.ts';

const USAGE = '用法 usage: npm run sla -- [--now 2026-12-03T09:00:00+08:00] [--json] [--ledger complaints] [--config jiesu.config.yaml]';

export async function runSla(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  const { values } = parseCli(argv, {
    now: { type: 'string' }, json: { type: 'boolean', default: false }, ledger: { type: 'string' }, config: { type: 'string' },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const now = nowFrom(values.now);
  requireDir(values.ledger ?? process.env.JIESU_LEDGER ?? DEFAULT_LEDGER, '台账');
  // With --json, problems are JSON too: a machine reading the output never gets prose.
  const fail = (problems: Problem[], zh: string, en: string) => {
    if (values.json) out(JSON.stringify({ ok: false, now: toShanghaiIso(now), error: { zh, en }, problems }, null, 2));
    else {
      for (const p of problems) out(formatProblem(p));
      out(`✗ ${zh} / ${en}`);
    }
    return 1;
  };
  const { config, problems } = loadConfig(values.config);
  if (!config) return fail(problems, '配置无效', 'the config is invalid');
  // Records are checked against the real clock; --now only moves the evaluation, so the past
  // can be replayed (entries after --now are ignored by the evaluation).
  const ledger = await loadLedgerParallel({ dir: values.ledger, config, now: Math.max(now, Date.now()) });
  if (ledger.problems.length) return fail(ledger.problems, '台账有问题,请先运行 npm run validate', 'the ledger has problems; run npm run validate');
  const policy = policyOf(config.config, calendarFor(config.config));
  const { items, open, unknownYears } = watchList(ledger.complaints.map((c) => c.data), policy, now, (s) => OPEN_STATUSES.has(s));
  const byId = new Map(ledger.complaints.map((c) => [c.data.id, c.data]));
  const site = config.config.site;
  const clockName = (id: string) => config.config.service_levels.clocks[id]?.name ?? id;
  const warnings = unknownYears.map((y) => ({
    year: y,
    zh: `${y} 年的节假日安排未知:截止时间暂按周一至周五计算。请在 jiesu.config.yaml 的 calendar.years 中补充,或升级 chinese-days。`,
    en: `the ${y} holiday schedule is unknown: deadlines assume Monday–Friday. Add it under calendar.years in jiesu.config.yaml, or update chinese-days.`,
  }));
  const owners = new Map<string, WatchItem[]>();
  for (const i of items) owners.set(i.owner, [...(owners.get(i.owner) ?? []), i]);
  const item = (i: WatchItem) => ({
    id: i.id,
    title: byId.get(i.id)!.title,
    status: i.status,
    clock: i.result.clock,
    clock_name: clockName(i.result.clock),
    state: i.result.state,
    due: i.result.due === undefined ? null : toShanghaiIso(i.result.due),
    late_minutes: i.result.late === undefined ? null : Math.round(i.result.late / 60_000),
    used: Math.round(i.result.used * 100) / 100,
    url: complaintUrl(site, i.id),
  });
  const breached = items.filter((i) => i.result.state === 'breached').length;
  if (values.json) {
    out(JSON.stringify({
      ok: true,
      now: toShanghaiIso(now),
      summary: { open, breached, at_risk: items.length - breached },
      warnings,
      owners: [...owners].map(([owner, list]) => {
        const s = config.staff.get(owner);
        return { owner, team: s?.team ?? null, role: s?.role ?? null, items: list.map(item) };
      }),
    }, null, 2));
    return 0;
  }
  for (const w of warnings) {
    out(`⚠ ${w.zh}\n  ${w.en}`);
    if (process.env.GITHUB_ACTIONS === 'true') out(`::warning title=calendar ${w.year}::${w.zh} / ${w.en}`);
  }
  out(`服务时限检查 · SLA check at ${formatShanghai(now)} (UTC+8): ${open} 件未办结, ${breached} 项超时 breached, ${items.length - breached} 项临近 at risk`);
  for (const [owner, list] of owners) {
    const s = config.staff.get(owner);
    out(`\n${owner}${s ? `(${config.teams.get(s.team)?.name ?? s.team} · ${s.role})` : ''}`);
    for (const i of list) {
      const r = i.result;
      const when = r.due === undefined ? '' : formatShanghai(r.due);
      const tag = r.state === 'breached' ? `超时 ${formatDurationZh(r.late!)} BREACHED` : `临近 ${Math.round(r.used * 100)}% AT RISK`;
      out(`  ${i.id}  ${clockName(r.clock)}  截止 due ${when}  ${tag}  [${STATUSES[i.status]}] ${byId.get(i.id)!.title}`);
    }
  }
  return 0;
}

if (import.meta.main) await run(() => runSla(process.argv.slice(2)), USAGE);
