// `npm run validate` end to end on real files: every problem in one run, exit codes, --json,
// GitHub annotations, config errors reported like record errors.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALID, tempLedger, vary } from './helpers.ts';

const NOW = '2026-12-03T09:00:00+08:00';

function validate(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['src/cli/validate.ts', '--now', NOW, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

const bad = {
  '2026/11/2611-0427.md': VALID,
  '2026/11/2611-0428.md': vary(vary(VALID, /^id: .*$/m, 'id: 2611-0428'), /^urgency: general$/m, 'urgency: very'),
  '2026/11/2611-0429.md': vary(vary(VALID, /^id: .*$/m, 'id: 2611-0429'), '已收到,正在核实', '已收到,有事请打 138-0013-8000'),
  '2026/11/2611-0430.md': vary(vary(VALID, /^id: .*$/m, 'id: 2611-0430'), /^category: .*$/m, 'category: nope'),
  '2026/10/2611-0431.md': vary(VALID, /^id: .*$/m, 'id: 2611-0431'),
  '2026/11/copy-of-0427.md': VALID,
  '2026/11/2611-0432.md': '---\nid: [unclosed\n---\n',
};

describe('npm run validate', () => {
  it('passes on the sample ledger', () => {
    const r = validate([]);
    expect(r.out).toMatch(/✓ 配置与 \d+ 条投诉记录均有效/);
    expect(r.code).toBe(0);
  });

  it('reports every problem of a bad ledger in one run and exits 1', () => {
    const dir = tempLedger(bad);
    const r = validate(['--ledger', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/2611-0428\.md:\d+ {2}urgency\n {4}取值 "very" 无效,可选:urgent\(紧急\) \| general\(一般\)\n {4}invalid value "very"; expected one of: urgent, general/);
    expect(r.out).toMatch(/2611-0429\.md:\d+ {2}timeline\[1\]\.note\n {4}含个人信息\(手机号\)/);
    expect(r.out).not.toContain('138-0013-8000');
    expect(r.out).toMatch(/2611-0430\.md:\d+ {2}category\n {4}未知类别 "nope"/);
    expect(r.out).toMatch(/2026\/10\/2611-0431\.md:\d+ {2}id\n {4}文件位置与编号或受理月份不符,应为 \S*2026\/11\/2611-0431\.md/);
    expect(r.out).toMatch(/copy-of-0427\.md {2}id\n {4}编号 2611-0427 重复/);
    expect(r.out).toMatch(/2611-0432\.md:\d+ {2}\(文件\)\n {4}YAML 语法错误/);
    expect(r.out).toMatch(/✗ \d+ 个问题,涉及 6 个文件\(共 7 个\)/);
  });

  it('prints machine-readable JSON with --json', () => {
    const dir = tempLedger(bad);
    const r = validate(['--ledger', dir, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.files).toBe(7);
    const rules = new Set(j.problems.map((p: { rule: string }) => p.rule));
    for (const rule of ['schema', 'personal-data', 'unknown-category', 'path', 'duplicate-id', 'yaml-syntax']) expect(rules).toContain(rule);
    for (const p of j.problems) {
      expect(p.file).toMatch(/\.md$/);
      expect(p.zh).toBeTruthy();
      expect(p.en).toBeTruthy();
    }
  });

  it('writes GitHub annotations when run in Actions', () => {
    const dir = tempLedger(bad);
    const r = validate(['--ledger', dir], { GITHUB_ACTIONS: 'true' });
    expect(r.out).toMatch(/^::error file=[^,]*2611-0428\.md,line=\d+,title=schema urgency::urgency: 取值 "very" 无效/m);
  });

  it('reports config problems with file, line and field, like record problems', () => {
    const dir = tempLedger({});
    const cfg = join(dir, 'bad.config.yaml');
    writeFileSync(cfg, 'organisation:\n  name: 测试\n  en: Test\ncategories:\n  - { id: Bad_Id, name: 坏, en: Bad }\ncampuses: []\nteams: []\nstaff: []\nsite:\n  base: jiesu\n');
    const r = validate(['--config', cfg, '--ledger', dir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad\.config\.yaml:5 {2}categories\[0\]\.id\n {4}"Bad_Id" 格式不对/);
    expect(r.out).toMatch(/bad\.config\.yaml:\d+ {2}site\.base\n {4}"jiesu" 格式不对:路径须以 \/ 开头和结尾/);
    expect(r.out).toMatch(/campuses\n {4}至少需要 1 项/);
  });

  it('refuses a --now without an offset', () => {
    const r = spawnSync(process.execPath, ['src/cli/validate.ts', '--now', '2026-12-03 09:00'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--now 须为带时区的 ISO 时间');
  });

  it('answers bad arguments and a missing ledger with usage, not a stack trace', () => {
    for (const args of [['--bogus'], ['--ledger', '/nonexistent-ledger']]) {
      const r = spawnSync(process.execPath, ['src/cli/validate.ts', ...args], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('用法 usage: npm run validate');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
