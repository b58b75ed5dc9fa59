// Plans the GitHub alerts for service-level clocks. Pure: current clock results and the alert
// issues that exist go in, a list of operations comes out. State lives on GitHub itself, in
// hidden markers, so re-running with nothing changed plans nothing.
import type { ClockResult } from './sla.ts';
import { formatShanghai, formatDurationZh } from './time.ts';

export const ALERT_LABEL = 'jiesu-sla';
export type AlertState = 'breached' | 'at_risk';
const STATE_LABEL: Record<AlertState, string> = { breached: 'sla:breached', at_risk: 'sla:at-risk' };

/** Marks an issue as the alert of one complaint's clock: found again before anything is created. */
export const alertKey = (id: string, clock: string) => `${id}:${clock}`;
const marker = (key: string) => `<!-- jiesu:sla:${key} -->`;
const stateMarker = (s: AlertState) => `<!-- jiesu:state:${s} -->`;
const MARKER_RE = /<!-- jiesu:sla:(\d{4}-\d{4,5}:[a-z][a-z0-9_]*) -->/;
const STATE_RE = /<!-- jiesu:state:(breached|at_risk) -->/;

export interface AlertIssue {
  number: number;
  state: 'open' | 'closed';
  body: string;
  title: string;
  labels?: string[];
}

export interface ExistingAlert extends AlertIssue {
  key: string;
  alertState?: AlertState;
}

export function parseAlert(issue: AlertIssue): ExistingAlert | undefined {
  const key = MARKER_RE.exec(issue.body ?? '')?.[1];
  if (!key) return undefined;
  return { ...issue, key, alertState: STATE_RE.exec(issue.body)?.[1] as AlertState | undefined };
}

/** A complaint filed through an intake issue is alerted on that issue: a comment per change, and
 * one label per live clock, "sla:<clock>:<state>", which is how the next run finds it again. */
export const intakeAlertLabel = (clock: string, state: AlertState) => `sla:${clock}:${state === 'at_risk' ? 'at-risk' : state}`;
const INTAKE_LABEL_RE = /^sla:([a-z][a-z0-9_]*):(breached|at-risk)$/;

/** Live alerts on intake issues, from their labels; `idByIssue` maps issue numbers to complaints. */
export function parseIntakeAlerts(issue: AlertIssue, idByIssue: ReadonlyMap<number, string>): ExistingAlert[] {
  const id = idByIssue.get(issue.number);
  if (!id) return [];
  return (issue.labels ?? []).flatMap((l) => {
    const m = INTAKE_LABEL_RE.exec(l);
    if (!m) return [];
    return [{ ...issue, state: 'open' as const, key: alertKey(id, m[1]!), alertState: (m[2] === 'at-risk' ? 'at_risk' : 'breached') as AlertState }];
  });
}

/** What the planner needs to know of a complaint. */
export interface AlertSubject {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  ownerLabel: string;
  /** GitHub login of the owner, when the config has one: assigned and mentioned. */
  ownerLogin?: string;
  url: string;
  /** The complaint's intake issue: alerts become comments and labels there. */
  issue?: number;
  clocks: ClockResult[];
  clockName: (clock: string) => string;
}

export type AlertOp =
  | { op: 'create'; key: string; state: AlertState; title: string; body: string; labels: string[]; assignees: string[] }
  | { op: 'update'; key: string; number: number; state: AlertState; reopen: boolean; title: string; body: string; labels: string[]; comment: string }
  | { op: 'close'; key: string; number: number; comment: string };

function render(s: AlertSubject, k: ClockResult, state: AlertState, now: number) {
  const name = s.clockName(k.clock);
  const tag = state === 'breached' ? '超时' : '临近超时';
  const title = `[SLA ${tag}] ${s.id} ${name} · ${s.title}`.slice(0, 200);
  const due = k.due === undefined ? '暂停中 paused' : `${formatShanghai(k.due)} (UTC+8)`;
  const how = state === 'breached' ? `已超时 ${formatDurationZh(now - k.due!)} · overdue` : `已用 ${Math.round(k.used * 100)}% · at risk`;
  const body = [
    marker(alertKey(s.id, k.clock)),
    stateMarker(state),
    `**${name}${tag}** — 投诉 [${s.id}](${s.url})`,
    '',
    '| 项目 | 内容 |',
    '|---|---|',
    `| 投诉 complaint | [${s.id}](${s.url}) ${escapeMd(s.title)} |`,
    `| 状态 status | ${s.statusLabel} |`,
    `| 时限 clock | ${name} (\`${k.clock}\`) |`,
    `| 截止 due | ${due} |`,
    `| 情况 state | ${how} |`,
    `| 第一责任人 owner | ${s.ownerLabel}${s.ownerLogin ? ` @${s.ownerLogin}` : ''} |`,
    '',
    '处理后在台账中记录(受理、进展、办结),本提醒会自动更新或关闭。',
    'Record the step in the ledger; this alert updates or closes itself.',
    '',
    `<sub>jiesu SLA watch · ${formatShanghai(now)} UTC+8</sub>`,
  ].join('\n');
  return { title, body, labels: [ALERT_LABEL, STATE_LABEL[state], `clock:${k.clock}`] };
}

/** Markdown/HTML-safe text for a table cell (record text is untrusted). */
function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}\[\]()#+!|<>@~-]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

const liveState = (k: ClockResult): AlertState | undefined =>
  k.at === undefined && (k.state === 'breached' || k.state === 'at_risk') ? k.state : undefined;

function closeReason(k: ClockResult | undefined, s: AlertSubject | undefined): string {
  if (!s) return '该投诉已不在台账中。The complaint is no longer in the ledger.';
  if (!k) return '该时限已不适用。The clock no longer applies.';
  if (k.at !== undefined) return k.state === 'met' ? `已按时完成(${formatShanghai(k.at)})。Done in time.` : `已完成,超时 ${formatDurationZh(k.late ?? 0)}(${formatShanghai(k.at)})。Done, late.`;
  if (k.state === 'cancelled') return `投诉已${s.statusLabel},时限取消。Cancelled.`;
  if (k.state === 'paused') return '计时暂停(待投诉人回复)。Paused while waiting for the complainant.';
  return '已不再临近超时。No longer at risk.';
}

/**
 * One alert per complaint clock that is breached or at risk; existing alerts are updated when the
 * state changes, reopened when a closed one applies again, and closed when the clock is done.
 */
export function planAlerts(subjects: readonly AlertSubject[], existing: readonly ExistingAlert[], now: number): AlertOp[] {
  const ops: AlertOp[] = [];
  const byKey = new Map<string, ExistingAlert>();
  // Prefer the open issue when a key has several (e.g. one closed, one open).
  for (const a of existing) if (!byKey.has(a.key) || a.state === 'open') byKey.set(a.key, a);
  const wanted = new Set<string>();
  for (const s of subjects) {
    for (const k of s.clocks) {
      const state = liveState(k);
      if (!state) continue;
      const key = alertKey(s.id, k.clock);
      wanted.add(key);
      const a = byKey.get(key);
      const r = render(s, k, state, now);
      if (!a) {
        ops.push({ op: 'create', key, state, ...r, assignees: s.ownerLogin ? [s.ownerLogin] : [] });
      } else if (a.state === 'closed') {
        ops.push({ op: 'update', key, number: a.number, state, reopen: true, ...r, comment: `重新打开:${s.clockName(k.clock)}${state === 'breached' ? '已超时' : '临近超时'}。Reopened.` });
      } else if (a.alertState !== state) {
        ops.push({ op: 'update', key, number: a.number, state, reopen: false, ...r, comment: state === 'breached' ? `⚠ 已超时 now overdue${s.ownerLogin ? ` @${s.ownerLogin}` : ''}` : '临近超时 at risk' });
      }
    }
  }
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  for (const a of byKey.values()) {
    if (a.state !== 'open' || wanted.has(a.key)) continue;
    const [id, clock] = a.key.split(':') as [string, string];
    const s = subjectById.get(id);
    ops.push({ op: 'close', key: a.key, number: a.number, comment: `✓ ${closeReason(s?.clocks.find((k) => k.clock === clock), s)}` });
  }
  return ops;
}
