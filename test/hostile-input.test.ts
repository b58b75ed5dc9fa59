// Bad and hostile input found by trying to break the validator: each must end in a clear
// problem, quickly, without following links out of the ledger or forging CI commands.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALID, tempLedger, tempDir, vary, NOW, sampleConfig } from './helpers.ts';
import { checkRecord } from '../src/core/validate.ts';
import { locateInYaml } from '../src/adapters/yaml-locate.ts';

const validate = (args: string[], env: Record<string, string> = {}) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['src/cli/validate.ts', '--now', '2026-12-03T09:00:00+08:00', '--json', ...args], {
    encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env }, timeout: 60_000,
  });
  return { code: r.status, json: r.stdout.startsWith('{') ? JSON.parse(r.stdout) : undefined, out: r.stdout + r.stderr, ms: performance.now() - t0 };
};
const rules = (j: { problems: { rule: string }[] }) => j.problems.map((p) => p.rule);
const config = sampleConfig();
const check = (text: string) => checkRecord('complaints/2026/11/2611-0427.md', text, { config, now: NOW, locate: (y, p) => locateInYaml(y, p) });
const id = (n: string, text = VALID) => vary(text, /^id: .*$/m, `id: ${n}`);

describe('ledger walking', () => {
  it('reports symbolic links instead of following them (no loops, nothing outside the ledger)', () => {
    const dir = tempLedger({ '2026/11/2611-0427.md': VALID });
    symlinkSync('..', join(dir, '2026/11/a'));
    symlinkSync('..', join(dir, '2026/11/b'));
    symlinkSync('/etc/hostname', join(dir, '2026/11/2611-0999.md'));
    const r = validate(['--ledger', dir]);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.json.files).toBe(1);
    expect(rules(r.json).filter((x: string) => x === 'symlink')).toHaveLength(3);
  });

  it('reports files that look like records but would be skipped, and checks READMEs below the top', () => {
    const dir = tempLedger({
      '2026/11/2611-0427.md': VALID,
      '2026/11/2611-0428.MD': id('2611-0428'),
      '2026/11/2611-0429.markdown': id('2611-0429'),
      '2026/11/README.md': '联系 13800138000',
      'README.md': '# 台账说明',
    });
    const j = validate(['--ledger', dir]).json;
    expect(j.problems.filter((p: { rule: string }) => p.rule === 'not-a-record').map((p: { file: string }) => p.file.split('/').pop()).sort()).toEqual(['2611-0428.MD', '2611-0429.markdown']);
    expect(j.problems.some((p: { file: string }) => p.file.endsWith('2026/11/README.md'))).toBe(true);
  });

  it('reports a record in an extra folder level', () => {
    const j = validate(['--ledger', tempLedger({ 'x/2026/11/2611-0427.md': VALID })]).json;
    expect(rules(j)).toContain('path');
  });
});

describe('expensive or hostile records', () => {
  it('lists at most 30 problems of one file, quickly, however many there are', () => {
    const t = VALID.split('timeline:')[0] + 'timeline: [' + '1,'.repeat(20_000) + '1]\n---\nx\n';
    const t0 = performance.now();
    const r = check(t);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.problems).toHaveLength(31);
    expect(r.problems.at(-1)!.rule).toBe('more-problems');
  });

  it('never lets record text forge workflow commands or terminal escapes', () => {
    const t = VALID.replace('category: canteen-hygiene', 'category: canteen-hygiene\n"x\\n::error file=README.md,line=1::INJECTED\\u001b[2J": 1');
    const dir = tempLedger({ '2026/11/2611-0427.md': t });
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }]) {
      const r = spawnSync(process.execPath, ['src/cli/validate.ts', '--ledger', dir], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
      expect(r.status).toBe(1);
      expect(r.stdout).not.toMatch(/^::error file=README/m);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).toContain('\\u{a}::error');
    }
  });

  it('refuses control and direction characters, invisible titles and two-line titles', () => {
    expect(check(vary(VALID, /^title: .*$/m, 'title: "\\u200b\\u200b"')).problems[0]!.zh).toContain('不可见');
    expect(check(vary(VALID, /^title: .*$/m, 'title: "碗脏\\n第二行"')).problems[0]!.zh).toContain('一行');
    for (const sep of ['\\u2028', '\\u2029'])
      expect(check(vary(VALID, /^title: .*$/m, `title: "碗脏${sep}第二行"`)).problems[0]!.zh, sep).toContain('一行');
    expect(check(vary(VALID, /^title: .*$/m, 'title: "碗\\u202e脏"')).problems[0]!.zh).toContain('方向控制符');
    expect(check(VALID + 'x\u0000y\n').problems.map((p) => p.rule)).toContain('encoding');
    expect(check(VALID + 'x\u0007y\n').problems.map((p) => p.field)).toContain('(正文 body)');
  });

  it('refuses issue numbers YAML would read from hex, exponent or decimal forms', () => {
    for (const v of ['0x10', '1e3', '1.0'])
      expect(check(vary(VALID, /^teams:/m, `issue: ${v}\nteams:`)).problems.map((p) => p.field), v).toContain('issue');
    expect(check(vary(VALID, /^teams:/m, 'issue: 101\nteams:')).problems).toEqual([]);
  });

  it('refuses implausible years, the day after receipt, and odd offsets', () => {
    expect(check(VALID.replaceAll('2026-11-', '0026-11-')).problems.length).toBeGreaterThan(0);
    expect(check(vary(VALID, /^occurred_at: .*$/m, 'occurred_at: 2026-11-04')).problems.map((p) => p.rule)).toContain('occurred-after-received');
    expect(check(vary(VALID, /^occurred_at: .*$/m, 'occurred_at: 2026-11-03')).problems).toEqual([]);
    expect(check(vary(VALID, /^occurred_at: .*$/m, 'occurred_at: 2026-11-03T12:10:00+14:59')).problems[0]!.field).toBe('occurred_at');
  });
});

describe('across records', () => {
  it('treats 2611-0427 and 2611-00427 as the same tracking number', () => {
    const dir = tempLedger({ '2026/11/2611-0427.md': VALID, '2026/11/2611-00427.md': id('2611-00427') });
    expect(rules(validate(['--ledger', dir]).json)).toContain('duplicate-id');
  });

  it('finds duplicate_of cycles and self links', () => {
    const dup = (me: string, of: string) => vary(vary(id(me), /^status: closed$/m, 'status: duplicate'), /  - at: 2026-11-03T13:05[\s\S]*?(?=\nsatisfaction:)/, `  - at: 2026-11-03T13:05:00+08:00\n    status: duplicate\n    note: 重复\n    public: true\nduplicate_of: ${of}`).replace(/\nsatisfaction:\n.*\n.*\n/, '\n');
    const dir = tempLedger({ '2026/11/2611-0501.md': dup('2611-0501', '2611-0502'), '2026/11/2611-0502.md': dup('2611-0502', '2611-0501') });
    const j = validate(['--ledger', dir]).json;
    expect(j.problems.filter((p: { rule: string; field: string }) => p.rule === 'duplicate' && p.field === 'duplicate_of')).toHaveLength(2);
    expect(check(vary(VALID, /^teams:/m, 'related: [2611-0427]\nteams:')).problems.map((p) => p.rule)).toContain('unknown-link');
  });
});

describe('config', () => {
  const cfgDir = () => tempDir('cfg-');
  const base = () => spawnSync('cat', ['jiesu.config.yaml'], { encoding: 'utf8' }).stdout;
  const runCfg = (text: string) => {
    const file = join(cfgDir(), 'c.yaml');
    writeFileSync(file, text);
    const dir = tempLedger({ '2026/11/2611-0427.md': VALID });
    return validate(['--config', file, '--ledger', dir]);
  };

  it('refuses an alias bomb in the config with a friendly message', () => {
    let bomb = '\nx1: &a [1,2,3,4,5,6,7,8,9,10]\n';
    for (let i = 2; i <= 9; i++) bomb += `x${i}: &${'abcdefghi'[i - 1]} [${Array(10).fill('*' + 'abcdefghi'[i - 2]).join(',')}]\n`;
    const r = runCfg(base() + bomb);
    expect(r.code).toBe(1);
    expect(rules(r.json)).toContain('yaml-alias');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('checks clocks, calendar dates, URLs, duplicate buildings and personal data', () => {
    let t = base();
    t = t.replace('      applies_to: { channels: [online] }', '      applies_to: { channels: [online], categories: [no-such] }');
    t = t.replace('  closures: []                # e.g.', '  closures: [2026-02-30, 2027-02-10..2027-02-01]   # e.g.');
    t = t.replace('  years: {}                   # e.g.', '  years: { "2030": { holidays: [2031-01-01] } }   # e.g.');
    t = t.replace('url: https://example.github.io', 'url: "javascript:alert(1)"');
    t = t.replace('{ id: east-dorm-b, name:', '{ id: east-dorm-a, name:');
    t = t.replace('role: 热线值班员 }', 'role: 热线值班员 13800138000 }');
    const j = runCfg(t).json;
    const fields = j.problems.map((p: { field: string }) => p.field);
    expect(fields).toContain('service_levels.clocks.acknowledge.applies_to.categories[0]');
    expect(fields).toContain('calendar.closures[0]');
    expect(fields).toContain('calendar.closures[1]');
    expect(fields).toContain('calendar.years.2030.holidays[0]');
    expect(fields).toContain('site.url');
    expect(fields).toContain('campuses[0].buildings[1].id');
    expect(fields).toContain('staff[0].role');
    const dupLine = j.problems.find((p: { field: string }) => p.field === 'campuses[0].buildings[1].id').line;
    expect(t.split('\n')[dupLine - 1]).toContain('id: east-dorm-a, name: 东区B栋');
  });

  it('refuses personal data in any published name, absurd clock targets and reserved keys, all in one run', () => {
    let t = base();
    t = t.replace('name: 第一食堂', 'name: 第一食堂 王经理13912345678');
    t = t.replace('target: { minutes: 30 }', 'target: { minutes: 1000000000000000 }');
    t = t.replace('    feedback:', '    __proto__:');
    const r = runCfg(t);
    expect(r.code).toBe(1);
    const byField = Object.fromEntries(r.json.problems.map((p: { field: string; rule: string }) => [p.field, p.rule]));
    expect(byField['service_levels.clocks.__proto__']).toBe('reserved-key');
    expect(Object.entries(byField).filter(([f]) => /^campuses\[\d\]\.buildings\[\d\]\.name$/.test(f))).toEqual([[expect.any(String), 'personal-data']]);
    expect(byField['service_levels.clocks.acknowledge.target.minutes']).toBe('schema');
    expect(JSON.stringify(r.json)).not.toContain('13912345678');
  });
});


