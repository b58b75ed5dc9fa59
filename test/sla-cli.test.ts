// `npm run sla` end to end on real files: grouping by owner, --json, unknown-year warnings.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { VALID, tempLedger, vary } from './helpers.ts';

const sla = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['src/cli/sla.ts', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });

/** A general complaint received 31 Dec 2026, still in progress: its deadline runs into 2027. */
function newYearLedger(): string {
  let t = vary(VALID, /^id: .*$/m, 'id: 2612-0101');
  t = t.replace(/2026-11-03T12:40:00\+08:00/g, '2026-12-31T10:00:00+08:00').replace('occurred_at: 2026-11-03T12:10:00+08:00', 'occurred_at: 2026-12-31');
  t = t.replace(/\n {2}- at: 2026-11-03T13:05[\s\S]*?(?=\nsatisfaction:)/, '\n  - at: 2026-12-31T10:20:00+08:00\n    status: in_progress\n    note: 已派单\n    public: true');
  t = t.replace(/\nsatisfaction:\n.*\n.*\n/, '\n').replace(/^status: closed$/m, 'status: in_progress');
  return tempLedger({ '2026/12/2612-0101.md': t });
}

describe('npm run sla', () => {
  it('lists breached and at-risk clocks of the sample by owner, in Shanghai time', () => {
    const r = sla(['--now', '2026-12-03T09:00:00+08:00']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('5 件未办结, 1 项超时 breached, 1 项临近 at risk');
    expect(r.stdout).toMatch(/dorm-east\(宿管中心 · 东区宿管主管\)\n {2}2611-0047 {2}办结 {2}截止 due 2026-12-03 07:25 {2}超时 1 小时 35 分 BREACHED/);
  });

  it('stays JSON with --json when the ledger has problems', () => {
    const ledger = tempLedger({ '2026/11/2611-0427.md': vary(VALID, /^category: .*$/m, 'category: nope') });
    const r = sla(['--ledger', ledger, '--now', '2026-12-03T09:00:00+08:00', '--json']);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.ok).toBe(false);
    expect(j.problems.map((p: { rule: string }) => p.rule)).toEqual(['unknown-category']);
  });

  it('prints JSON for machines', () => {
    const j = JSON.parse(sla(['--now', '2026-12-03T09:00:00+08:00', '--json']).stdout);
    expect(j.summary).toEqual({ open: 5, breached: 1, at_risk: 1 });
    expect(j.owners[0].items[0]).toMatchObject({ id: '2611-0047', clock: 'resolution', state: 'breached', due: '2026-12-03T07:25:01+08:00', late_minutes: 95 });
  });

  it('says loudly when a deadline runs into a year with no known holiday schedule', () => {
    const ledger = newYearLedger();
    const r = sla(['--ledger', ledger, '--now', '2026-12-31T11:00:00+08:00'], { GITHUB_ACTIONS: 'true' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('⚠ 2027 年的节假日安排未知');
    expect(r.stdout).toMatch(/^::warning title=calendar 2027::/m);
    const j = JSON.parse(sla(['--ledger', ledger, '--now', '2026-12-31T11:00:00+08:00', '--json']).stdout);
    expect(j.warnings.map((w: { year: number }) => w.year)).toEqual([2027]);
  });
});
