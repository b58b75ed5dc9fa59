// Intake end to end: real webhook payloads (@octokit/webhooks-examples with form answers as
// bodies), a fake GitHub over real HTTP, and real git: a bare "origin" repository and one clone
// per workflow run, so concurrent intakes race exactly as separate Actions runners would.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runIntake } from '../src/cli/intake.ts';
import { runForms } from '../src/cli/forms.ts';
import { tokenEnv } from '../src/adapters/git.ts';
import { formBody, FORM_LABEL, FORM_FILE, complaintFormYaml } from '../src/core/intake.ts';
import { loadLedger } from '../src/adapters/ledger.ts';
import { fakeGitHub } from './fakes/github-server.ts';
import { sampleConfig, tempDir } from './helpers.ts';

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Record<string, any>[] }[];
const example = (name: string, action: string) => structuredClone(examples.find((e) => e.name === name)!.examples.find((x) => x.action === action)!);

const config = sampleConfig();
const NOW = '2026-12-03T23:30:00+08:00';
const CREATED = '2026-12-03T15:20:00Z'; // 23:20 in Shanghai: the clerk filing late in the evening
const STAFF = 'desk-clerk';
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

const ANSWERS = {
  title: '东区A栋403空调不制冷',
  description: '晚上十点后空调不出冷风,室内 30 度。\n\n### 补充说明\n已自行重启过空调。',
  complainant: 'student', channel: 'online', received_at: '2026-12-03 23:05', occurred_at: '2026-12-03 22:40',
  building: 'east-dorm-a', room: '403', category: 'dorm-repair', urgency: 'general', responsibility: 'internal',
  demand: 'repair', owner: 'repair-duty', pledge: 'yes',
} as Record<string, string | string[] | undefined>;

let gh: Awaited<ReturnType<typeof fakeGitHub>>;
let origin: string;
let work: string;
let runs = 0;
let output: string[];

/** A repository like the real one: config, generated form and a few sample records. */
function makeOrigin(records: 'sample' | 'few'): string {
  const seed = join(work, 'seed');
  mkdirSync(seed, { recursive: true });
  // The repair duty officer uses GitHub; the rest do not, so urgent ones go to the on-duty team.
  const cfg = readFileSync('jiesu.config.yaml', 'utf8')
    .replace('{ handle: repair-duty,   team: repair,    role: 维修值班员 }', '{ handle: repair-duty, team: repair, role: 维修值班员, github: fake-repair-duty }')
    + '\nintake:\n  on_duty: [campus/night-duty]\n';
  if (!cfg.includes('fake-repair-duty')) throw new Error('test config: repair-duty line not found');
  writeFileSync(join(seed, 'jiesu.config.yaml'), cfg);
  mkdirSync(join(seed, '.github/ISSUE_TEMPLATE'), { recursive: true });
  writeFileSync(join(seed, FORM_FILE), complaintFormYaml(config));
  if (records === 'sample') cpSync('complaints', join(seed, 'complaints'), { recursive: true });
  else cpSync('complaints/2026/12', join(seed, 'complaints/2026/12'), { recursive: true });
  git(seed, 'init', '-q', '-b', 'main');
  git(seed, 'add', '.');
  git(seed, '-c', 'user.name=seed', '-c', 'user.email=seed@example.invalid', 'commit', '-qm', 'seed');
  const bare = join(work, 'origin.git');
  git(work, 'clone', '-q', '--bare', seed, bare);
  return bare;
}

/** One workflow run: a fresh clone (the runner's checkout), the event file, the intake command. */
async function intake(eventName: string, payload: unknown, ...args: string[]) {
  const dir = join(work, `run-${++runs}`);
  git(work, 'clone', '-q', origin, dir);
  const eventFile = join(work, `event-${runs}.json`);
  writeFileSync(eventFile, JSON.stringify(payload));
  return runIntake(['--event', eventFile, '--event-name', eventName, '--repo-dir', dir, '--now', NOW, ...args], {
    env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'campus/logistics' },
    out: (s) => output.push(s),
    writeIntervalMs: 0,
    retryAfterBaseValue: 5,
  });
}

function issueEvent(number: number, answers = ANSWERS, login = STAFF, action = 'opened') {
  const e = example('issues', 'opened');
  e.action = action;
  Object.assign(e.issue, { number, title: '[投诉] ', body: formBody(config, answers), created_at: CREATED, labels: [{ name: FORM_LABEL }] });
  e.issue.user.login = login;
  e.sender.login = login;
  gh.issues.find((i) => i.number === number) ?? gh.addIssue({ number, title: '[投诉] ', body: e.issue.body, labels: [FORM_LABEL] });
  return e;
}

function commentEvent(issue: number, body: string, login = STAFF, at = '2026-12-03T15:25:00Z') {
  const e = example('issue_comment', 'created');
  const c = gh.addComment(issue, body, login);
  Object.assign(e.issue, { number: issue, labels: [{ name: FORM_LABEL }] });
  delete e.issue.pull_request;
  Object.assign(e.comment, { id: c.id, body, created_at: at });
  e.comment.user.login = login;
  e.comment.user.type = login.endsWith('[bot]') ? 'Bot' : 'User';
  e.sender.login = login;
  return e;
}

/** The ledger as origin's main branch holds it now. */
function originLedger() {
  const dir = join(work, `check-${++runs}`);
  git(work, 'clone', '-q', origin, dir);
  const ledger = loadLedger({ dir: join(dir, 'complaints'), config, now: Date.parse(NOW) });
  return { dir, ledger, log: git(dir, 'log', '--format=%s').trim().split('\n') };
}

const byIssue = (l: ReturnType<typeof originLedger>, n: number) => l.ledger.complaints.filter((c) => c.data.issue === n);

beforeEach(async () => {
  gh = await fakeGitHub();
  gh.roles.set(STAFF, 'write');
  work = tempDir('intake-');
  output = [];
});
afterEach(() => gh.close());

describe('intake: a complaint form becomes a record', () => {
  beforeEach(() => { origin = makeOrigin('sample'); });

  it('turns a valid form into exactly one valid record at the right path, and replies with id, link and due times', async () => {
    const before = originLedger();
    expect(await intake('issues', issueEvent(41))).toBe(0);
    const after = originLedger();
    expect(after.ledger.problems).toEqual([]);
    expect(after.ledger.complaints.length).toBe(before.ledger.complaints.length + 1);
    const [c] = byIssue(after, 41);
    const maxDec = Math.max(...before.ledger.complaints.filter((x) => x.data.id.startsWith('2612-')).map((x) => Number(x.data.id.slice(5))));
    const id = `2612-${String(maxDec + 1).padStart(4, '0')}`;
    expect(c!.data.id).toBe(id);
    expect(c!.file.endsWith(`complaints/2026/12/${id}.md`)).toBe(true);
    expect(c!.data).toMatchObject({ received_at: '2026-12-03T23:05:00+08:00', occurred_at: '2026-12-03T22:40:00+08:00', owner: 'repair-duty', teams: ['repair'], status: 'received', place: { building: 'east-dorm-a', room: '403' } });
    // A heading typed inside an answer stays in that answer.
    expect(c!.body).toContain('### 补充说明\n已自行重启过空调。');
    expect(after.log[0]).toBe(`intake: ${id} from issue #41`);

    const issue = gh.issues.find((i) => i.number === 41)!;
    const reply = issue.comments.at(-1)!;
    expect(reply).toContain(`**${id}**`);
    expect(reply).toContain(`https://example.github.io/c/${id}.html`);
    // Online general complaint: acknowledge by 23:35, progress feedback by the next day 23:05.
    expect(reply).toContain('| 受理回复 Acknowledgement | 2026-12-03 23:35 |');
    expect(reply).toContain('| 进展反馈 Progress feedback | 2026-12-04 23:05 |');
    expect(issue.title).toBe(`[${id}] 东区A栋403空调不制冷`);
    expect(issue.labels).toEqual([FORM_LABEL, 'jiesu:recorded']);
  });

  it('records once when the same event is delivered twice', async () => {
    const e = issueEvent(42);
    expect(await intake('issues', e)).toBe(0);
    const writes = gh.writes();
    expect(await intake('issues', e)).toBe(0);
    const l = originLedger();
    expect(byIssue(l, 42)).toHaveLength(1);
    expect(gh.writes()).toBe(writes);
    expect(output.join('\n')).toContain('already-recorded');
  });

  it('gives a non-staff author no record and one polite reply', async () => {
    const before = originLedger().log.length;
    expect(await intake('issues', issueEvent(43, ANSWERS, 'passer-by'))).toBe(0);
    expect(await intake('issues', issueEvent(43, ANSWERS, 'passer-by', 'edited'))).toBe(0);
    expect(originLedger().log.length).toBe(before);
    const issue = gh.issues.find((i) => i.number === 43)!;
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toContain('仅供后勤服务中心工作人员');
    expect(issue.labels).toContain('jiesu:not-staff');
  });

  it('redacts personal data from a non-staff issue too, though it records nothing', async () => {
    expect(await intake('issues', issueEvent(44, { ...ANSWERS, description: '我的电话 13912345678 请回电' }, 'passer-by'))).toBe(0);
    const issue = gh.issues.find((i) => i.number === 44)!;
    expect(issue.body).not.toContain('13912345678');
    expect(issue.body).toContain('[已隐去手机号]');
    expect(issue.comments[0]).toContain('仅供后勤服务中心工作人员');
  });

  it('accepts a member of a configured staff team through the API', async () => {
    gh.teams.set('campus/service-desk', new Set(['team-member']));
    const cfg = readFileSync('jiesu.config.yaml', 'utf8') + '\nintake:\n  teams: [campus/service-desk]\n';
    const dir = tempDir('cfg-');
    writeFileSync(join(dir, 'jiesu.config.yaml'), cfg);
    // The checkout's config decides who is staff.
    const e = issueEvent(44, ANSWERS, 'team-member');
    const run = join(work, 'team-run');
    git(work, 'clone', '-q', origin, run);
    writeFileSync(join(run, 'jiesu.config.yaml'), cfg);
    const f = join(work, 'team-event.json');
    writeFileSync(f, JSON.stringify(e));
    expect(await runIntake(['--event', f, '--event-name', 'issues', '--repo-dir', run, '--now', NOW], {
      env: { GITHUB_TOKEN: 't', GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'campus/logistics' }, out: (s) => output.push(s), writeIntervalMs: 0,
    })).toBe(0);
    expect(byIssue(originLedger(), 44)).toHaveLength(1);
    expect(gh.log.some((l) => l.path === '/orgs/campus/teams/service-desk/memberships/team-member')).toBe(true);
  });

  it('refuses a heading injected into an answer, and records the fixed form after an edit', async () => {
    const injected = { ...ANSWERS, description: '空调坏了\n\n### 紧急程度 Urgency\n\n紧急 (urgent)' };
    expect(await intake('issues', issueEvent(45, injected))).toBe(0);
    expect(byIssue(originLedger(), 45)).toHaveLength(0);
    const issue = gh.issues.find((i) => i.number === 45)!;
    expect(issue.comments[0]).toContain('紧急程度 Urgency');
    expect(issue.comments[0]).toContain('出现了 2 次');
    expect(issue.labels).toContain('jiesu:needs-fix');
    // Editing the issue runs intake again; the problems comment is updated, not repeated.
    expect(await intake('issues', issueEvent(45, ANSWERS, STAFF, 'edited'))).toBe(0);
    const [c] = byIssue(originLedger(), 45);
    expect(c!.data.urgency).toBe('general');
    expect(issue.labels).not.toContain('jiesu:needs-fix');
    expect(issue.comments.filter((x) => x.includes('jiesu:intake-problems'))).toHaveLength(1);
  });

  it('redacts a phone number from the issue and records nothing that contains it', async () => {
    const phone = { ...ANSWERS, description: '学生留了电话 138-1234-5678,请尽快联系', room: '403' };
    expect(await intake('issues', issueEvent(46, phone))).toBe(0);
    const issue = gh.issues.find((i) => i.number === 46)!;
    expect(issue.body).not.toContain('5678');
    expect(issue.body).toContain('[已隐去手机号]');
    expect(issue.comments[0]).toContain('手机号');
    expect(issue.comments[0]).not.toContain('5678');
    const l = originLedger();
    expect(byIssue(l, 46)).toHaveLength(0);
    // git grep exits 1 when nothing matches anywhere in the repository.
    expect(spawnSync('git', ['grep', '-q', '-e', '1234-5678', '-e', '12345678'], { cwd: l.dir }).status).toBe(1);
  }, 30_000);

  it('reports every problem of a form at once, naming the form fields', async () => {
    const bad = { ...ANSWERS, occurred_at: 'yesterday', responsibility: 'external', title: undefined };
    expect(await intake('issues', issueEvent(47, bad))).toBe(0);
    const comment = gh.issues.find((i) => i.number === 47)!.comments[0]!;
    for (const field of ['问题概述 Summary', '发生时间 Happened at', '承包商 Contractor']) expect(comment).toContain(`**${field}**`);
    expect(byIssue(originLedger(), 47)).toHaveLength(0);
  });

  it('alerts the owner of an urgent complaint at once, or the on-duty team without a login', async () => {
    const urgent = { ...ANSWERS, urgency: 'urgent', title: '东区A栋4楼水管爆裂漏水' };
    expect(await intake('issues', issueEvent(48, urgent))).toBe(0);
    const issue = gh.issues.find((i) => i.number === 48)!;
    expect(issue.comments.at(-1)).toContain('紧急投诉');
    expect(issue.comments.at(-1)).toContain('@fake-repair-duty');
    expect(issue.comments.at(-1)).toContain('| 紧急响应 Urgent response | 2026-12-03 23:15 |');
    expect(issue.labels).toContain('紧急 urgent');
    expect(issue.assignees).toEqual(['fake-repair-duty']);
    // The owner has no GitHub login: the on-duty team is mentioned instead.
    expect(await intake('issues', issueEvent(148, { ...urgent, owner: 'dorm-east' }))).toBe(0);
    const other = gh.issues.find((i) => i.number === 148)!;
    expect(other.comments.at(-1)).toContain('@campus/night-duty');
    expect(other.assignees).toEqual([]);
  });

  it('ignores issues without the form label, and pull requests', async () => {
    const e = issueEvent(49);
    e.issue.labels = [];
    expect(await intake('issues', e)).toBe(0);
    expect(output.join('\n')).toContain('not a complaint form');
    expect(gh.writes()).toBe(0);
  });

  it('dry-run shows the record it would write and changes nothing', async () => {
    const before = originLedger().log.length;
    expect(await intake('issues', issueEvent(50), '--dry-run')).toBe(0);
    expect(originLedger().log.length).toBe(before);
    expect(gh.writes()).toBe(0);
    expect(output.join('\n')).toMatch(/\[dry-run\] 将提交 would commit "intake: 2612-\d{4} from issue #50"/);
  });
});

describe('intake: 20 at once into one repository', () => {
  it('gives 20 distinct valid records and loses none', async () => {
    origin = makeOrigin('few');
    const events = Array.from({ length: 20 }, (_, i) => issueEvent(100 + i, { ...ANSWERS, room: String(401 + i) }));
    const codes = await Promise.all(events.map((e) => intake('issues', e)));
    expect(codes).toEqual(Array(20).fill(0));
    const l = originLedger();
    expect(l.ledger.problems).toEqual([]);
    const mine = l.ledger.complaints.filter((c) => c.data.issue !== undefined);
    expect(mine).toHaveLength(20);
    expect(new Set(mine.map((c) => c.data.id)).size).toBe(20);
    expect(new Set(mine.map((c) => c.data.issue))).toEqual(new Set(events.map((e) => e.issue.number)));
    // Each issue got its own tracking number in its reply.
    for (const c of mine) expect(gh.issues.find((i) => i.number === c.data.issue)!.comments.at(-1)).toContain(`**${c.data.id}**`);
    expect(output.join('\n')).toContain('push race lost');
  }, 120_000);
});

describe('the example events in docs/examples', () => {
  it('record a complaint, then resolve it with a comment command', async () => {
    origin = makeOrigin('few');
    const opened = JSON.parse(readFileSync('docs/examples/issue-opened.json', 'utf8'));
    const comment = JSON.parse(readFileSync('docs/examples/comment-resolve.json', 'utf8'));
    gh.roles.set(opened.sender.login, 'write');
    gh.addIssue({ number: opened.issue.number, title: opened.issue.title, body: opened.issue.body, labels: [FORM_LABEL] });
    expect(await intake('issues', opened)).toBe(0);
    const [c] = byIssue(originLedger(), opened.issue.number);
    expect(c!.data).toMatchObject({ status: 'received', place: { building: 'east-dorm-a', room: '403' } });
    gh.addComment(comment.issue.number, comment.comment.body, comment.sender.login);
    expect(await intake('issue_comment', comment)).toBe(0);
    const after = byIssue(originLedger(), opened.issue.number)[0]!.data;
    expect(after.status).toBe('resolved');
    expect(after.timeline.at(-1)).toMatchObject({ status: 'resolved', note: '已更换空调电容,试机制冷正常', public: true });
  });
});

describe('issue commands', () => {
  let id: string;
  beforeEach(async () => {
    origin = makeOrigin('few');
    await intake('issues', issueEvent(60));
    id = byIssue(originLedger(), 60)[0]!.data.id;
  });
  const record = () => byIssue(originLedger(), 60)[0]!.data;

  it('turns each command into one timeline entry and one commit', async () => {
    const steps: [string, string, string?][] = [
      ['/受理 已收到,安排维修', 'acknowledged'],
      ['/progress 维修工已上门,需更换电容', 'acknowledged'],
      ['/处理', 'in_progress'],
      ['/内部 电容库存不足,已申请采购', 'in_progress'],
      ['/办结 已更换空调电容,制冷恢复', 'resolved'],
      ['/回访 满意 学生确认已修好', 'resolved'],
      ['/关闭', 'closed'],
    ];
    let entries = record().timeline.length;
    let commits = originLedger().log.length;
    for (const [i, [body, status]] of steps.entries()) {
      expect(await intake('issue_comment', commentEvent(60, body, STAFF, `2026-12-03T15:${26 + i}:00Z`))).toBe(0);
      const d = record();
      expect(d.timeline.length, body).toBe(++entries);
      expect(d.status).toBe(status);
      expect(originLedger().log.length).toBe(++commits);
    }
    const d = record();
    expect(d.satisfaction).toMatchObject({ result: 'satisfied', note: '学生确认已修好' });
    expect(d.timeline.find((e) => e.note === '电容库存不足,已申请采购')!.public).toBe(false);
    expect(d.timeline.find((e) => e.status === 'resolved')).toMatchObject({ note: '已更换空调电容,制冷恢复', public: true, at: '2026-12-03T23:30:00+08:00' });
    const issue = gh.issues.find((i) => i.number === 60)!;
    expect(issue.comments.at(-1)).toContain(`✓ ${id}`);
    // The issue follows the complaint: closed with it, open again when it is reopened.
    expect(issue.state).toBe('closed');
    expect(await intake('issue_comment', commentEvent(60, '/重开 空调又不制冷了', STAFF, '2026-12-03T15:40:00Z'))).toBe(0);
    expect(record().status).toBe('reopened');
    expect(issue.state).toBe('open');
  }, 60_000);

  it('gives a re-delivered comment no second entry', async () => {
    const e = commentEvent(60, '/ack');
    expect(await intake('issue_comment', e)).toBe(0);
    const n = record().timeline.length;
    const writes = gh.writes();
    expect(await intake('issue_comment', e)).toBe(0);
    expect(record().timeline.length).toBe(n);
    expect(gh.writes()).toBe(writes);
    expect(output.join('\n')).toContain('duplicate-delivery');
  });

  it('answers a bad or illegal command helpfully and records nothing', async () => {
    const n = record().timeline.length;
    await intake('issue_comment', commentEvent(60, '/办结'));
    await intake('issue_comment', commentEvent(60, '/关闭'));
    await intake('issue_comment', commentEvent(60, '/frobnicate now'));
    await intake('issue_comment', commentEvent(60, '/回访 满意'));
    const replies = gh.issues.find((i) => i.number === 60)!.comments.filter((c) => c.includes('jiesu:cmd:')).slice(-4);
    expect(replies[0]).toContain('/办结 后面需要写内容');
    expect(replies[1]).toContain('当前状态"已接收"不能');
    expect(replies[2]).toContain('未知命令');
    expect(replies[2]).toContain('/受理');
    expect(replies[3]).toContain('办结后才能回访');
    expect(record().timeline.length).toBe(n);
  });

  it('ignores the bot’s own comments, ordinary discussion, and non-staff commands', async () => {
    const n = record().timeline.length;
    const writes = gh.writes();
    await intake('issue_comment', commentEvent(60, '/受理', 'github-actions[bot]'));
    await intake('issue_comment', commentEvent(60, '谢谢,已转告同学'));
    expect(gh.writes()).toBe(writes);
    expect(record().timeline.length).toBe(n);
    await intake('issue_comment', commentEvent(60, '/办结 我觉得好了', 'passer-by'));
    expect(record().timeline.length).toBe(n);
    expect(gh.issues.find((i) => i.number === 60)!.comments.at(-1)).toContain('仅限工作人员');
  });

  it('never echoes a mention or personal data from an unknown command, and never records a time ahead of now', async () => {
    await intake('issue_comment', commentEvent(60, '/13912345678'));
    await intake('issue_comment', commentEvent(60, '/@everyone'));
    // The bot's replies (the fake keeps the filer's comments in the same list).
    const replies = gh.issues.find((i) => i.number === 60)!.comments.filter((c) => c.includes('jiesu:'));
    expect(replies.filter((r) => r.includes('未知命令')).length).toBeGreaterThanOrEqual(1);
    expect(replies.join('\n')).not.toMatch(/13912345678|@everyone/);
    await intake('issue_comment', commentEvent(60, '/进展 已派单', STAFF, '2030-01-01T00:00:00Z'));
    await intake('issue_comment', commentEvent(60, '/进展 材料已到', STAFF, 'not-a-date'));
    const [a, b] = record().timeline.slice(-2);
    expect([a!.note, b!.note]).toEqual(['已派单', '材料已到']);
    for (const e of [a!, b!]) expect(Date.parse(e.at)).toBeLessThanOrEqual(Date.parse(NOW));
    expect(originLedger().ledger.problems).toEqual([]);
  });

  it('redacts personal data in a command and records nothing', async () => {
    const n = record().timeline.length;
    const e = commentEvent(60, '/进展 已联系学生 13912345678');
    await intake('issue_comment', e);
    expect(record().timeline.length).toBe(n);
    expect(gh.comments.find((c) => c.id === e.comment.id)!.body).not.toContain('13912345678');
    expect(gh.issues.find((i) => i.number === 60)!.comments.at(-1)).toContain('个人信息');
  });

  it('reassigns to a configured handle', async () => {
    await intake('issue_comment', commentEvent(60, '/转派 dorm-east'));
    const d = record();
    expect(d.owner).toBe('dorm-east');
    expect(d.teams).toEqual(['repair', 'dorm']);
    expect(d.timeline.at(-1)!.public).toBe(false);
  });
});

describe('git credentials in Actions', () => {
  it('reach git through the environment, never through .git/config', () => {
    const env = { ...process.env, ...tokenEnv('https://github.com/', 'abc') };
    expect(execFileSync('git', ['config', '--get', 'http.https://github.com/.extraheader'], { env, encoding: 'utf8' }).trim())
      .toBe(`AUTHORIZATION: basic ${Buffer.from('x-access-token:abc').toString('base64')}`);
  });
});

describe('issue forms stay in sync with the config', () => {
  it('the committed form is what npm run forms writes', () => {
    expect(readFileSync(FORM_FILE, 'utf8')).toBe(complaintFormYaml(config));
  });
  it('npm run forms --check fails when the config gains a category the form lacks', () => {
    const dir = tempDir('forms-');
    cpSync('.github', join(dir, '.github'), { recursive: true });
    const cfg = join(dir, 'jiesu.config.yaml');
    writeFileSync(cfg, readFileSync('jiesu.config.yaml', 'utf8').replace(/^categories:\n/m, 'categories:\n  - { id: ev-charging, name: 电动车充电, en: EV charging }\n'));
    const out: string[] = [];
    expect(runForms(['--check', '--root', dir, '--config', cfg], (s) => out.push(s))).toBe(1);
    expect(out.join('\n')).toContain('complaint.yml');
    expect(runForms(['--root', dir, '--config', cfg], () => {})).toBe(0);
    expect(readFileSync(join(dir, FORM_FILE), 'utf8')).toContain('电动车充电 EV charging');
    expect(runForms(['--check', '--root', dir, '--config', cfg], () => {})).toBe(0);
  });
});
