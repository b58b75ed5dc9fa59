// Intake use cases: a complaint form issue becomes a record; a staff comment becomes a timeline
// entry. GitHub and git come in as ports (real or dry-run); every decision is in src/core.
// docs/intake.md describes the behaviour for staff and maintainers.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { loadConfig } from '../adapters/config-file.ts';
import { nextId } from '../adapters/ledger.ts';
import { grepTree, listTree, showFile } from '../adapters/git.ts';
import { calendarFor } from '../adapters/calendar-data.ts';
import type { IntakePort } from '../adapters/github.ts';
import type { LedgerWriter } from '../adapters/git.ts';
import type { ConfigIndex } from '../core/config.ts';
import { FORM_FILE, FORM_LABEL, readComplaintForm, personalDataKinds, type FormProblem, type FormResult } from '../core/intake.ts';
import { applyCommand, helpText, parseCommand, type Outcome } from '../core/commands.ts';
import { checkRecord } from '../core/validate.ts';
import { serializeRecord } from '../core/serialize.ts';
import { parseFrontmatter } from '../core/frontmatter.ts';
import { recordSchema, STATUSES, type ComplaintRecord } from '../core/record.ts';
import { evaluate, policyOf } from '../core/sla.ts';
import { formatShanghai, parseIso } from '../core/time.ts';
import { findPersonalData, redactPersonalData } from '../core/privacy.ts';
import { complaintUrl } from '../core/public.ts';

export const LABELS = { recorded: 'jiesu:recorded', needsFix: 'jiesu:needs-fix', notStaff: 'jiesu:not-staff', urgent: '紧急 urgent' } as const;
const MARK = {
  problems: '<!-- jiesu:intake-problems -->',
  recorded: (id: string) => `<!-- jiesu:recorded:${id} -->`,
  notStaff: '<!-- jiesu:not-staff -->',
  command: (commentId: number) => `<!-- jiesu:cmd:${commentId} -->`,
};
/** Every comment the bot writes carries this, so it never acts on its own words. */
const BOT_MARK = '<!-- jiesu:';

export interface IntakeDeps {
  github: IntakePort;
  ledger: LedgerWriter;
  now: number;
  say: (s: string) => void;
}

interface User { login: string; type?: string }
export interface IssuesEvent {
  action: string;
  issue: { number: number; title: string; body: string | null; created_at: string; user: User; labels?: { name: string }[]; pull_request?: unknown };
  sender: User;
}
export interface CommentEvent extends Omit<IssuesEvent, 'action'> {
  action: string;
  comment: { id: number; body: string; created_at: string; user: User };
}

export type IntakeResult =
  | { outcome: 'recorded' | 'already-recorded'; id: string }
  | { outcome: 'applied'; id: string }
  | { outcome: 'ignored' | 'refused' | 'not-staff' | 'needs-fix' | 'duplicate-delivery'; why: string };

const FINAL: ReadonlySet<string> = new Set(['closed', 'withdrawn', 'rejected', 'duplicate']);
const isBot = (u: User) => u.type === 'Bot' || u.login.endsWith('[bot]');
const hasLabel = (e: IssuesEvent, l: string) => (e.issue.labels ?? []).some((x) => x.name === l);
const siteLink = (c: ConfigIndex, id: string) => complaintUrl(c.config.site, id);

function loadRootConfig(root: string): ConfigIndex {
  const { config, problems } = loadConfig(join(root, 'jiesu.config.yaml'));
  if (!config) throw new Error(`jiesu.config.yaml is invalid (${problems.length} problem(s)); run npm run validate`);
  return config;
}

async function isStaff(deps: IntakeDeps, c: ConfigIndex, login: string): Promise<boolean> {
  const order = ['read', 'triage', 'write', 'maintain', 'admin'];
  const role = await deps.github.role(login);
  if (order.indexOf(role) >= order.indexOf(c.config.intake.min_permission)) return true;
  for (const t of c.config.intake.teams) if (await deps.github.inTeam(t, login)) return true;
  return false;
}

/** The record filed through issue `n`, if any: git grep at the worktree's commit, then a check
 * that the match is in the frontmatter (the body is free text). */
async function findByIssue(root: string, n: number): Promise<{ rel: string; text: string } | undefined> {
  for (const rel of await grepTree(root, `^issue: ${n}\r?$`, 'complaints')) {
    const text = await showFile(root, rel);
    if (new RegExp(`^issue: ${n}\r?$`, 'm').test(text.slice(0, text.indexOf('\n---', 3) >>> 0))) return { rel, text };
  }
  return undefined;
}

async function upsertComment(deps: IntakeDeps, issue: number, mark: string, body: string) {
  const existing = (await deps.github.comments(issue)).find((c) => c.body.includes(mark));
  if (existing) await deps.github.updateComment(existing.id, body);
  else await deps.github.comment(issue, body);
}

const problemList = (problems: FormProblem[]) =>
  problems.map((p) => `- **${p.field}**:${p.zh}<br>${p.en}`).join('\n');

type FormStep =
  | { kind: 'exists'; id: string }
  | { kind: 'invalid'; form: Extract<FormResult, { ok: false }> }
  | { kind: 'recorded'; id: string; record: ComplaintRecord; config: ConfigIndex };
type CommandStep = { kind: 'no-record' } | { kind: 'outcome'; outcome: Outcome; id: string };

// ---------------------------------------------------------------------------------------------

/** A time from the event (GitHub's, in UTC); one that cannot be read, or is ahead of our clock, is taken as now. */
function githubTime(s: unknown, now: number): number {
  const t = parseIso(String(s).replace(/Z$/, '+00:00'));
  return Number.isFinite(t) ? Math.min(t, now) : now;
}

/** An issue opened or edited with the complaint form. */
export async function handleIssue(e: IssuesEvent, deps: IntakeDeps, rootConfig: ConfigIndex): Promise<IntakeResult> {
  const n = e.issue.number;
  if (e.issue.pull_request) return { outcome: 'ignored', why: 'pull request' };
  if (!['opened', 'edited', 'reopened'].includes(e.action)) return { outcome: 'ignored', why: `action ${e.action}` };
  if (!hasLabel(e, FORM_LABEL)) return { outcome: 'ignored', why: `no ${FORM_LABEL} label: not a complaint form` };
  if (isBot(e.sender)) return { outcome: 'ignored', why: 'written by a bot' };
  if (!(await isStaff(deps, rootConfig, e.sender.login))) {
    // Nothing is recorded, but a public issue must not keep personal data either.
    const redacted = redactPersonalData(e.issue.body ?? '');
    if (redacted.findings.length) await deps.github.updateIssue(n, { body: redacted.text });
    const comments = await deps.github.comments(n);
    if (!comments.some((c) => c.body.includes(MARK.notStaff))) {
      await deps.github.comment(n, `${MARK.notStaff}\n您好,此表单仅供后勤服务中心工作人员登记投诉使用,本议题不会生成投诉记录。\n` +
        `如需投诉,请拨打服务热线、到服务台或使用线上平台;请不要在此公开填写姓名、电话等个人信息。进度查询:${rootConfig.config.site.url.replace(/\/$/, '')}${rootConfig.config.site.base}lookup/\n\n` +
        'Hello: this form is for logistics staff only, so no complaint record was made from this issue. To make a complaint, use the hotline, a service desk or the online platform, and please do not post personal data here.');
      await deps.github.addLabels(n, [LABELS.notStaff]);
    }
    return { outcome: 'not-staff', why: `${e.sender.login} is not staff` };
  }
  const body = e.issue.body ?? '';
  if (body.length > rootConfig.config.intake.max_body_chars) {
    await upsertComment(deps, n, MARK.problems, `${MARK.problems}\n✗ 内容过长(${body.length} 字符,上限 ${rootConfig.config.intake.max_body_chars}),请精简后编辑议题 / too long; shorten it and edit the issue.`);
    await deps.github.addLabels(n, [LABELS.needsFix]);
    return { outcome: 'needs-fix', why: 'body too long' };
  }

  const createdAt = githubTime(e.issue.created_at, deps.now);
  const { result } = await deps.ledger.apply<FormStep>(async (root) => {
    const existing = await findByIssue(root, n);
    if (existing) {
      const id = /^id: (\S+)$/m.exec(existing.text)?.[1] ?? '?';
      return { result: { kind: 'exists' as const, id } };
    }
    const c = loadRootConfig(root);
    const template = readFileSync(join(root, FORM_FILE), 'utf8');
    const form = readComplaintForm(c, template, body, createdAt, deps.now, n);
    if (!form.ok) return { result: { kind: 'invalid' as const, form } };
    const r = form.record.received_at;
    const { id, rel } = nextId(await listTree(root, `complaints/${r.slice(0, 4)}/${r.slice(5, 7)}`), r);
    const record = recordSchema.parse({ id, ...form.record });
    const text = serializeRecord(record, form.body);
    // The written file goes through the validator once more, exactly as CI will read it.
    const check = checkRecord(rel, text, { config: c, now: deps.now }, rel.replace(/^complaints\//, ''));
    if (check.problems.length) throw new Error(`intake produced an invalid record: ${check.problems.map((p) => `${p.field}: ${p.en}`).join('; ')}`);
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text, { flag: 'wx' });
    return { change: { files: [rel], message: `intake: ${id} from issue #${n}` }, result: { kind: 'recorded' as const, id, record, config: c } };
  });

  if (result.kind === 'exists') return { outcome: 'already-recorded', id: result.id };
  if (result.kind === 'invalid') {
    const { form } = result;
    if (form.redacted) await deps.github.updateIssue(n, { body: form.redacted.body });
    const head = form.redacted
      ? `✗ 未登记:发现个人信息(${personalDataKinds(form.redacted.kinds)}),已从议题正文中隐去。GitHub 会保留编辑历史,请管理员在"edited"历史中删除原版本。核对后编辑议题(保存即可)重新提交。\n` +
        'Not recorded: personal data was found and redacted from the issue. GitHub keeps edit history: an admin should delete the old revision. Check the text and edit the issue to submit again.'
      : '✗ 未登记,请修改以下内容后编辑议题(保存后会自动重新登记)/ Not recorded yet: fix these answers and edit the issue; saving runs intake again.';
    await upsertComment(deps, n, MARK.problems, `${MARK.problems}\n${head}\n\n${problemList(form.problems)}`);
    await deps.github.addLabels(n, [LABELS.needsFix]);
    deps.say(`#${n}: ${form.problems.length} problem(s); not recorded`);
    return { outcome: 'needs-fix', why: form.problems.map((p) => `${p.field}: ${p.en}`).join('; ') };
  }

  const { id, record, config } = result;
  await replyRecorded(deps, n, config, id, record);
  deps.say(`#${n}: recorded as ${id}`);
  return { outcome: 'recorded', id };
}

async function replyRecorded(deps: IntakeDeps, n: number, c: ConfigIndex, id: string, record: ComplaintRecord) {
  const clocks = evaluate(record, policyOf(c.config, calendarFor(c.config)), deps.now);
  const due = clocks.filter((k) => k.due !== undefined).map((k) => {
    const def = c.config.service_levels.clocks[k.clock];
    return `| ${def?.name ?? k.clock} ${def?.en ?? ''} | ${formatShanghai(k.due!)} |`;
  });
  const staff = c.staff.get(record.owner);
  const ownerLabel = staff ? `${c.teams.get(staff.team)?.name ?? staff.team} · ${staff.role}` : record.owner;
  const urgent = record.urgency === 'urgent';
  // Mentions notify at once: the 15-minute watch is too coarse for a 10-minute response.
  const alertees = urgent ? (staff?.github ? [`@${staff.github}`] : c.config.intake.on_duty.map((x) => `@${x}`)) : [];
  const lines = [
    MARK.recorded(id),
    `✓ 已登记,投诉编号 **${id}**(可电话告知投诉人)/ Recorded as **${id}**`,
    '',
    `- 公开页面 public page: ${siteLink(c, id)}`,
    `- 第一责任人 owner: ${ownerLabel}`,
    ...(urgent ? [`- 🚨 **紧急投诉**:须 10 分钟内响应、2 小时内办结 / urgent: respond within 10 minutes ${alertees.join(' ')}`] : []),
    '',
    ...(due.length ? ['| 时限 clock | 截止(上海时间)due, UTC+8 |', '|---|---|', ...due, ''] : []),
    '后续在本议题评论命令更新进度,如 `/受理`、`/进展 已派维修工`、`/办结 已更换滤网`、`/回访 满意`;`/帮助` 查看全部。',
    'Update it by commenting commands here, e.g. `/ack`, `/progress …`, `/resolve …`; `/help` lists them.',
  ];
  await deps.github.comment(n, lines.join('\n'));
  await deps.github.updateIssue(n, { title: `[${id}] ${record.title}` });
  await deps.github.addLabels(n, [LABELS.recorded, ...(urgent ? [LABELS.urgent] : [])]);
  await deps.github.removeLabel(n, LABELS.needsFix);
  if (staff?.github) await deps.github.assign(n, [staff.github]);
}

// ---------------------------------------------------------------------------------------------

/** A comment on a complaint's issue: a command from staff becomes one timeline entry. */
export async function handleComment(e: CommentEvent, deps: IntakeDeps, rootConfig: ConfigIndex): Promise<IntakeResult> {
  const n = e.issue.number;
  const comment = e.comment;
  if (e.issue.pull_request) return { outcome: 'ignored', why: 'pull request' };
  if (e.action !== 'created') return { outcome: 'ignored', why: `action ${e.action}` };
  if (isBot(comment.user) || comment.body.includes(BOT_MARK)) return { outcome: 'ignored', why: 'the bot’s own comment' };
  if (!hasLabel(e, FORM_LABEL)) return { outcome: 'ignored', why: 'not a complaint issue' };
  const cmd = parseCommand(comment.body.slice(0, 200_000));
  if (!cmd) return { outcome: 'ignored', why: 'not a command' };
  const mark = MARK.command(comment.id);
  const reply = (text: string) => deps.github.comment(n, `${mark}\n${text}`);
  if (!(await isStaff(deps, rootConfig, comment.user.login))) {
    await reply('此议题的命令仅限工作人员使用 / only staff can run commands on this issue.');
    return { outcome: 'not-staff', why: `${comment.user.login} is not staff` };
  }
  if ('unknown' in cmd) {
    // Echo the word only when it is a plain word: never a mention, a link or personal data.
    const word = /^[\p{L}\p{N}_-]{1,20}$/u.test(cmd.unknown) && !findPersonalData(cmd.unknown).length ? ` "/${cmd.unknown}"` : '';
    await reply(`✗ 未知命令 unknown command${word}。可用命令 / commands:\n\n${helpText()}`);
    return { outcome: 'refused', why: `unknown command ${cmd.unknown}` };
  }
  if (comment.body.length > rootConfig.config.intake.max_comment_chars) {
    await reply(`✗ 评论过长(上限 ${rootConfig.config.intake.max_comment_chars} 字符),未记录 / comment too long; nothing recorded.`);
    return { outcome: 'refused', why: 'comment too long' };
  }
  if (cmd.verb === 'help') {
    await reply(helpText());
    return { outcome: 'ignored', why: 'help' };
  }
  const at = githubTime(comment.created_at, deps.now);
  const actor = rootConfig.config.staff.find((s) => s.github?.toLowerCase() === comment.user.login.toLowerCase());

  const { result } = await deps.ledger.apply<CommandStep>(async (root) => {
    const found = await findByIssue(root, n);
    if (!found) return { result: { kind: 'no-record' as const } };
    const c = loadRootConfig(root);
    const parsed = parseFrontmatter(found.text);
    const record = recordSchema.parse(parsed.data);
    const outcome: Outcome = applyCommand(record, cmd, { at, ref: `gh-comment:${comment.id}`, team: actor?.team }, c);
    if (outcome.kind !== 'applied') return { result: { kind: 'outcome' as const, outcome, id: record.id } };
    const rel = found.rel;
    const text = serializeRecord(outcome.record, parsed.body);
    const check = checkRecord(rel, text, { config: c, now: deps.now }, rel.replace(/^complaints\//, ''));
    if (check.problems.length) {
      const refused: Outcome = { kind: 'refused', zh: check.problems.map((p) => p.zh).join(';'), en: check.problems.map((p) => p.en).join('; ') };
      return { result: { kind: 'outcome' as const, outcome: refused, id: record.id } };
    }
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
    return { change: { files: [rel], message: `${record.id}: /${cmd.verb} (issue #${n}, comment ${comment.id})` }, result: { kind: 'outcome' as const, outcome, id: record.id } };
  });

  if (result.kind !== 'outcome') {
    await reply('✗ 本议题还没有登记成功的投诉记录,请先按提示修改表单 / this issue has no record yet; fix the form first.');
    return { outcome: 'refused', why: 'no record for this issue' };
  }
  const { outcome, id } = result;
  switch (outcome.kind) {
    case 'already':
      return { outcome: 'duplicate-delivery', why: `comment ${comment.id} is already in ${id}` };
    case 'help':
      return { outcome: 'ignored', why: 'help' };
    case 'refused':
      if (outcome.personalData) await deps.github.updateComment(comment.id, redactPersonalData(comment.body).text);
      await reply(`✗ ${id} 未记录 not recorded:${outcome.zh}\n${outcome.en}`);
      return { outcome: 'refused', why: outcome.en };
    default: {
      const status = outcome.record.status;
      await reply(`✓ ${id} ${outcome.zh}(状态 status:${STATUSES[status]})/ ${outcome.en}`);
      // The issue follows the complaint: closed when it ends, open again when it is reopened.
      if (FINAL.has(status))
        await deps.github.updateIssue(n, { state: 'closed', state_reason: status === 'closed' ? 'completed' : 'not_planned' });
      else if (status === 'reopened') await deps.github.updateIssue(n, { state: 'open', state_reason: 'reopened' });
      return { outcome: 'applied', id };
    }
  }
}
