import { describe, it, expect } from 'vitest';
import { checkRecord, checkLedgerLinks, linkInfo } from '../src/core/validate.ts';
import { locateInYaml } from '../src/adapters/yaml-locate.ts';
import { VALID, NOW, sampleConfig, vary } from './helpers.ts';

const config = sampleConfig();
const FILE = 'complaints/2026/11/2611-0427.md';
const check = (text: string, file = FILE, now = NOW) =>
  checkRecord(file, text, { config, now, locate: (y, p) => locateInYaml(y, p) });

describe('checkRecord', () => {
  it('accepts the valid record', () => {
    const r = check(VALID);
    expect(r.problems).toEqual([]);
    expect(r.complaint?.data.teams).toEqual(['catering']);
  });

  // Each case: a change to the valid record, the rule and field it must be reported under.
  const cases: [string, string | RegExp, string, string, string][] = [
    ['unknown enum value', /^urgency: general$/m, 'urgency: very', 'schema', 'urgency'],
    ['missing required field', /^demand: improvement\n/m, '', 'schema', 'demand'],
    ['unknown field (typo)', /^owner:/m, 'ownr: x\nowner:', 'schema', 'ownr'],
    ['number where text is expected', /^title: .*$/m, 'title: 12345', 'schema', 'title'],
    ['offset-less timestamp', /^received_at: .*$/m, 'received_at: 2026-11-03 12:40', 'schema', 'received_at'],
    ['impossible date', /^received_at: .*$/m, 'received_at: 2026-02-30T12:40:00+08:00', 'schema', 'received_at'],
    ['bad id format', /^id: .*$/m, 'id: 26110427', 'schema', 'id'],
    ['name-like owner', /^owner: .*$/m, 'owner: 王师傅', 'schema', 'owner'],
    ['unknown category', /^category: .*$/m, 'category: food-safety', 'unknown-category', 'category'],
    ['unknown building', /^  building: .*$/m, '  building: canteen-9', 'unknown-place', 'place.building'],
    ['unknown window', /^  window: .*$/m, '  window: 99号窗口', 'unknown-place', 'place.window'],
    ['unknown team', /^  - catering$/m, '  - kitchen', 'unknown-team', 'teams[0]'],
    ['unknown owner', /^owner: .*$/m, 'owner: nobody-here', 'unknown-owner', 'owner'],
    ['unknown contractor', /^contractor: .*$/m, 'contractor: acme', 'unknown-contractor', 'contractor'],
    ['external without contractor', /^contractor: .*\n/m, '', 'contractor', 'contractor'],
    ['internal with contractor', /^responsibility: external$/m, 'responsibility: internal', 'contractor', 'contractor'],
    ['timeline out of order', '2026-11-04T10:00:00+08:00', '2026-11-03T11:00:00+08:00', 'timeline-order', 'timeline[3].at'],
    ['illegal transition', /status: in_progress/, 'status: closed', 'transition', 'timeline[2].status'],
    ['status differs from timeline', /^status: closed$/m, 'status: resolved', 'status-mismatch', 'status'],
    ['first entry not received', /  - at: 2026-11-03T12:40:00\+08:00\n    status: received/, '  - at: 2026-11-03T12:40:00+08:00\n    status: acknowledged', 'timeline-start', 'timeline[0]'],
    ['future timestamp', /^  - at: 2026-11-10T10:00:00\+08:00$/m, '  - at: 2027-01-10T10:00:00+08:00', 'future', 'timeline[5].at'],
    ['occurred after received', /^occurred_at: .*$/m, 'occurred_at: 2026-11-05', 'occurred-after-received', 'occurred_at'],
    ['satisfaction before resolution', /^  at: 2026-11-06T10:00:00\+08:00$/m, '  at: 2026-11-04T09:00:00+08:00', 'satisfaction', 'satisfaction'],
    ['id month differs from receipt', /^id: .*$/m, 'id: 2610-0427', 'id-month', 'id'],
    ['phone number in a note', '已收到,正在核实', '已收到,请回电 138 0013 8000', 'personal-data', 'timeline[1].note'],
    ['e-mail in demand', '希望彻查餐具清洗流程', '请回复到 someone@example.com', 'personal-data', 'demand_detail'],
    ['student number in title', '塑料碗内有黑色污渍', '碗脏 学号2023123456', 'personal-data', 'title'],
    ['duplicate_of without duplicate status', /^teams:/m, 'duplicate_of: 2611-0001\nteams:', 'duplicate', 'duplicate_of'],
  ];

  for (const [name, from, to, rule, field] of cases) {
    it(`reports ${name} as ${rule} on ${field}`, () => {
      const r = check(vary(VALID, from, to));
      const p = r.problems.find((x) => x.rule === rule && x.field === field);
      expect(p, JSON.stringify(r.problems, null, 1)).toBeDefined();
      expect(p!.file).toBe(FILE);
      expect(p!.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p!.en).toMatch(/[a-z]/);
      // A field that is present is reported with its line; a missing one cannot have a line.
      const key = field.replace(/\[\d+\]/g, '').split('.').pop()!;
      if (new RegExp(`^\\s*-?\\s*${key}:`, 'm').test(vary(VALID, from, to))) expect(p!.line, 'line').toBeGreaterThan(1);
    });
  }

  it('points at the right line', () => {
    const text = vary(VALID, /^urgency: general$/m, 'urgency: very');
    const line = text.split('\n').findIndex((l) => l === 'urgency: very') + 1;
    expect(check(text).problems[0]!.line).toBe(line);
  });

  it('explains what would be valid', () => {
    const [p] = check(vary(VALID, /^urgency: general$/m, 'urgency: very')).problems;
    expect(p!.zh).toContain('urgent(紧急)');
    expect(p!.en).toContain('urgent, general');
    const [q] = check(vary(VALID, /^received_at: .*$/m, 'received_at: 2026-11-03 12:40')).problems;
    expect(q!.zh).toContain('+08:00');
  });

  it('reports personal data in the body with its line', () => {
    const text = VALID + '\n如需联系:１３８００１３８０００\n';
    const p = check(text).problems.find((x) => x.rule === 'personal-data');
    expect(p?.field).toBe('(正文 body)');
    expect(p!.line).toBe(text.split('\n').findIndex((l) => l.includes('１３８')) + 1);
    expect(p!.zh).not.toContain('13800138000');
  });

  it('reports a path that does not match the id and month', () => {
    const r = check(VALID, 'complaints/2026/10/2611-0427.md');
    expect(r.problems.map((p) => p.rule)).toContain('path');
  });

  it('reports several problems of one record in one run', () => {
    let t = vary(VALID, /^category: .*$/m, 'category: nope');
    t = vary(t, /^owner: .*$/m, 'owner: nobody-here');
    expect(check(t).problems.map((p) => p.rule).sort()).toEqual(['unknown-category', 'unknown-owner']);
  });

  it('reports the other rules too when the schema fails, without repeating a field', () => {
    let t = vary(VALID, /^  building: .*$/m, '  building: mars\n  room: 221');
    t = vary(t, /^title: .*$/m, 'title: 电话13812345678');
    t = vary(t, /^owner: .*$/m, 'owner: alice');
    t = vary(t, /^urgency: general$/m, 'urgency: very');
    const r = check(t);
    expect(r.complaint).toBeUndefined();
    expect(r.id).toBe('2611-0427');
    expect(r.problems.map((p) => `${p.field}:${p.rule}`).sort()).toEqual([
      'owner:unknown-owner', 'place.building:unknown-place', 'place.room:schema', 'title:personal-data', 'urgency:schema',
    ]);
    expect(JSON.stringify(r.problems)).not.toContain('13812345678');
  });

  it('reports frontmatter errors as problems, not exceptions', () => {
    expect(check('no frontmatter').problems[0]!.rule).toBe('frontmatter-missing');
  });
});

describe('checkLedgerLinks', () => {
  it('finds duplicate ids and dangling links', () => {
    const a = check(VALID).complaint!;
    const b = { ...a, file: 'complaints/2026/11/copy/2611-0427.md' };
    const c = check(vary(VALID, /^teams:/m, 'related: [2611-9999]\nteams:')).complaint!;
    const problems = checkLedgerLinks([a, b, { ...c, file: 'x/2026/11/2611-0427.md', data: { ...c.data, id: '2611-0428' } }].map(linkInfo));
    expect(problems.map((p) => p.rule).sort()).toEqual(['duplicate-id', 'unknown-link']);
    expect(problems.find((p) => p.rule === 'duplicate-id')!.zh).toContain('complaints/2026/11/2611-0427.md');
  });
});
