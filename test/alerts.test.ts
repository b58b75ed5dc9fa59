// SLA alerts against a fake GitHub over real HTTP, on a copy of the sample ledger on disk.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAlerts } from '../src/cli/alerts.ts';
import { parseFrontmatter } from '../src/core/frontmatter.ts';
import { recordSchema, type Status } from '../src/core/record.ts';
import { serializeRecord } from '../src/core/serialize.ts';
import { fakeGitHub } from './fakes/github-server.ts';
import { tempDir } from './helpers.ts';

// At this instant the sample has one breached clock (2611-0047) and one at risk (2611-0048).
const NOW = '2026-12-03T09:00:00+08:00';
let gh: Awaited<ReturnType<typeof fakeGitHub>>;
let ledger: string;
let output: string[];

const run = (...args: string[]) => {
  output = [];
  return runAlerts(['--ledger', ledger, '--repo', 'campus/logistics', ...args], {
    env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: gh.url },
    out: (s) => output.push(s),
    writeIntervalMs: 0,
    retryAfterBaseValue: 5,
  });
};

/** Appends a status change to a record of the ledger copy, through the one parse path. */
function addStep(id: string, at: string, status: Status, note: string) {
  const file = join(ledger, `20${id.slice(0, 2)}`, id.slice(2, 4), `${id}.md`);
  const parsed = parseFrontmatter(readFileSync(file, 'utf8'));
  const d = recordSchema.parse(parsed.data);
  d.timeline.push({ at, status, note, public: true });
  d.status = status;
  writeFileSync(file, serializeRecord(d, parsed.body));
}

beforeEach(async () => {
  gh = await fakeGitHub();
  ledger = join(tempDir('alerts-'), 'complaints');
  cpSync('complaints', ledger, { recursive: true });
});
afterEach(() => gh.close());

describe('SLA alerts on GitHub', () => {
  it('opens one labelled alert per breached or at-risk clock, with a hidden marker', async () => {
    expect(await run('--now', NOW)).toBe(0);
    expect(gh.issues.map((i) => [i.title.split(' · ')[0], i.labels])).toEqual([
      ['[SLA 超时] 2611-0047 办结', ['jiesu-sla', 'sla:breached', 'clock:resolution']],
      ['[SLA 临近超时] 2611-0048 办结', ['jiesu-sla', 'sla:at-risk', 'clock:resolution']],
    ]);
    expect(gh.issues[0]!.body).toContain('<!-- jiesu:sla:2611-0047:resolution -->');
    expect(gh.issues[0]!.body).toContain('2026-12-03 07:25 (UTC+8)');
    expect(output.join('\n')).toContain('rate limit remaining: 4990/5000');
  });

  it('writes nothing on a second run with nothing changed', async () => {
    await run('--now', NOW);
    const writes = gh.writes();
    expect(await run('--now', '2026-12-03T09:30:00+08:00')).toBe(0);
    expect(gh.writes()).toBe(writes);
    expect(gh.issues).toHaveLength(2);
  });

  it('updates the same alert when at risk turns into breached, and assigns and mentions the owner', async () => {
    // The owner of 2611-0048 (dorm-west) gets a GitHub login in a copy of the config.
    const cfg = join(tempDir('cfg-'), 'jiesu.config.yaml');
    writeFileSync(cfg, readFileSync('jiesu.config.yaml', 'utf8').replace('{ handle: dorm-west,     team: dorm,      role: 西区宿管主管 }', '{ handle: dorm-west, team: dorm, role: 西区宿管主管, github: fake-dorm-west }'));
    await run('--now', NOW, '--config', cfg);
    expect(gh.issues[1]!.assignees).toEqual(['fake-dorm-west']);
    expect(gh.issues[1]!.body).toContain('@fake-dorm-west');
    expect(await run('--now', '2026-12-03T16:00:00+08:00', '--config', cfg)).toBe(0);
    expect(gh.issues).toHaveLength(2);
    const b = gh.issues[1]!;
    expect(b.title).toMatch(/^\[SLA 超时\] 2611-0048/);
    expect(b.labels).toContain('sla:breached');
    expect(b.comments).toHaveLength(1);
    expect(b.comments[0]).toContain('已超时 now overdue @fake-dorm-west');
  });

  it('closes the alerts when the complaints are resolved', async () => {
    await run('--now', NOW);
    addStep('2611-0047', '2026-12-03T10:00:00+08:00', 'resolved', '已更换阀芯');
    addStep('2611-0048', '2026-12-03T10:05:00+08:00', 'resolved', '已清洗滤网');
    expect(await run('--now', '2026-12-03T11:00:00+08:00')).toBe(0);
    expect(gh.issues.map((i) => i.state)).toEqual(['closed', 'closed']);
    expect(gh.issues[0]!.comments.at(-1)).toContain('已完成,超时');
    expect(gh.issues[1]!.comments.at(-1)).toContain('已按时完成');
    const writes = gh.writes();
    await run('--now', '2026-12-03T12:00:00+08:00');
    expect(gh.writes()).toBe(writes);
  });

  it('reopens the closed alert, instead of opening another, when a fix does not hold', async () => {
    await run('--now', NOW);
    addStep('2611-0047', '2026-12-03T10:00:00+08:00', 'resolved', '已更换阀芯');
    await run('--now', '2026-12-03T11:00:00+08:00');
    addStep('2611-0047', '2026-12-03T12:00:00+08:00', 'reopened', '仍在滴水');
    // The new cycle from 12:00 is at risk once 80 % of 3 working days have passed.
    await run('--now', '2026-12-07T23:00:00+08:00');
    const alerts = gh.issues.filter((i) => i.body.includes('jiesu:sla:2611-0047:resolution'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.state).toBe('open');
    expect(alerts[0]!.comments.at(-1)).toContain('重新打开');
  });

  it('alerts a complaint filed through an intake issue on that issue, with per-clock labels', async () => {
    const file = join(ledger, '2026', '11', '2611-0047.md');
    const parsed = parseFrontmatter(readFileSync(file, 'utf8'));
    writeFileSync(file, serializeRecord({ ...recordSchema.parse(parsed.data), issue: 77 }, parsed.body));
    gh.addIssue({ number: 77, title: '[2611-0047] 623宿舍水龙头一直滴水', labels: ['jiesu:intake', 'jiesu:recorded'] });
    expect(await run('--now', NOW)).toBe(0);
    // Only 2611-0048 gets an alert issue of its own.
    expect(gh.issues.filter((i) => i.labels.includes('jiesu-sla')).map((i) => i.number)).toEqual([77, 78]);
    const intake = gh.issues.find((i) => i.number === 77)!;
    expect(intake.labels).toEqual(['jiesu:intake', 'jiesu:recorded', 'jiesu-sla', 'sla:resolution:breached']);
    expect(intake.comments).toHaveLength(1);
    expect(intake.comments[0]).toContain('<!-- jiesu:sla:2611-0047:resolution -->');
    expect(intake.comments[0]).toContain('2026-12-03 07:25 (UTC+8)');
    const writes = gh.writes();
    expect(await run('--now', '2026-12-03T09:30:00+08:00')).toBe(0);
    expect(gh.writes()).toBe(writes);
    addStep('2611-0047', '2026-12-03T10:00:00+08:00', 'resolved', '已更换阀芯');
    expect(await run('--now', '2026-12-03T11:00:00+08:00')).toBe(0);
    expect(intake.comments.at(-1)).toContain('已完成,超时');
    expect(intake.labels).toEqual(['jiesu:intake', 'jiesu:recorded']);
    expect(intake.state).toBe('open');
  });

  it('moves an intake issue from at risk to breached by swapping its clock label', async () => {
    const file = join(ledger, '2026', '11', '2611-0048.md');
    const parsed = parseFrontmatter(readFileSync(file, 'utf8'));
    writeFileSync(file, serializeRecord({ ...recordSchema.parse(parsed.data), issue: 90 }, parsed.body));
    const intake = gh.addIssue({ number: 90, title: '[2611-0048]', labels: ['jiesu:intake'] });
    await run('--now', NOW);
    expect(intake.labels).toEqual(['jiesu:intake', 'jiesu-sla', 'sla:resolution:at-risk']);
    expect(await run('--now', '2026-12-03T16:00:00+08:00')).toBe(0);
    expect(intake.labels).toEqual(['jiesu:intake', 'jiesu-sla', 'sla:resolution:breached']);
    expect(intake.comments).toHaveLength(2);
    expect(intake.comments[1]).toMatch(/^⚠ 已超时 now overdue/);
  });

  it('retries a secondary rate limit (403 with retry-after)', async () => {
    gh.failNext('POST', /\/issues$/, 403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', { 'retry-after': '1' });
    expect(await run('--now', NOW)).toBe(0);
    expect(gh.issues).toHaveLength(2);
    expect(gh.log.filter((l) => l.method === 'POST' && l.path.endsWith('/issues'))).toHaveLength(3);
    expect(output.join('\n')).toContain('secondary rate limit');
  });

  it('stops cleanly when the operations budget is spent, and the next run finishes the work', async () => {
    // Reading the alerts costs 2 requests (open and recently closed), each new alert 1.
    expect(await run('--now', NOW, '--budget', '3')).toBe(0);
    expect(gh.issues).toHaveLength(1);
    expect(output.join('\n')).toMatch(/1 项因操作预算用尽留待下次 left for the next run \(budget 3\)/);
    expect(await run('--now', NOW, '--budget', '3')).toBe(0);
    expect(gh.issues).toHaveLength(2);
    expect(new Set(gh.issues.map((i) => i.title)).size).toBe(2);
  });

  it('dry run reads, says exactly what it would do, and writes nothing', async () => {
    expect(await run('--now', NOW, '--dry-run')).toBe(0);
    expect(gh.writes()).toBe(0);
    const text = output.join('\n');
    expect(text).toContain('[dry-run] 将新建 would create issue "[SLA 超时] 2611-0047 办结');
    expect(text).toContain('[dry-run] 将新建 would create issue "[SLA 临近超时] 2611-0048 办结');
    expect(gh.log.some((l) => l.method === 'GET' && l.path.includes('labels=jiesu-sla'))).toBe(true);
  });

  it('writes a job summary table', async () => {
    const summary = join(tempDir('summary-'), 'summary.md');
    output = [];
    await runAlerts(['--ledger', ledger, '--repo', 'campus/logistics', '--now', NOW], {
      env: { GITHUB_TOKEN: 't', GITHUB_API_URL: gh.url, GITHUB_STEP_SUMMARY: summary },
      out: (s) => output.push(s), writeIntervalMs: 0,
    });
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('| 新建 opened | #1 | 2611-0047 | resolution | breached |');
  });

  it('refuses to run for real without a token', async () => {
    await expect(runAlerts(['--ledger', ledger, '--repo', 'a/b'], { env: {}, out: () => {} })).rejects.toThrow(/GITHUB_TOKEN/);
  });
});
