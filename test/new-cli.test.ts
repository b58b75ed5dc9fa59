// npm run new: a valid record from flags, or from answers to prompts, through the form's own reader.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNew } from '../src/cli/new.ts';
import { checkRecord } from '../src/core/validate.ts';
import { sampleConfig, tempDir } from './helpers.ts';

const config = sampleConfig();
const NOW = '2026-12-03T23:30:00+08:00';
const FLAGS = ['--title', '第二食堂米饭夹生', '--description', '中午打的米饭夹生。', '--complainant', 'student', '--channel', 'onsite',
  '--occurred-at', '2026-12-03 12:10', '--building', 'canteen-2', '--category', 'canteen-food', '--urgency', 'general',
  '--responsibility', 'external', '--contractor', 'jiahe-catering', '--demand', 'improvement', '--owner', 'catering-duty'];

function valid(ledger: string, id: string) {
  const rel = `2026/12/${id}.md`;
  const text = readFileSync(join(ledger, rel), 'utf8');
  return checkRecord(rel, text, { config, now: Date.parse(NOW) }, rel);
}

describe('npm run new', () => {
  it('writes a valid record from flags, numbering after the existing ones', async () => {
    const ledger = tempDir('new-');
    const out: string[] = [];
    expect(await runNew([...FLAGS, '--ledger', ledger, '--now', NOW, '--no-input'], { out: (s) => out.push(s) })).toBe(0);
    expect(await runNew([...FLAGS, '--ledger', ledger, '--now', NOW, '--no-input', '--received-at', '2026-12-03 23:10'], { out: (s) => out.push(s) })).toBe(0);
    const first = valid(ledger, '2612-0001');
    expect(first.problems).toEqual([]);
    expect(first.complaint!.data).toMatchObject({ received_at: NOW, contractor: 'jiahe-catering', teams: ['catering'], status: 'received' });
    expect(valid(ledger, '2612-0002').complaint!.data.received_at).toBe('2026-12-03T23:10:00+08:00');
    expect(out.join('\n')).toContain('办结 截止 due 2026-12-08 23:30');
  });

  it('asks for what is missing, taking choice numbers or ids', async () => {
    const ledger = tempDir('new-');
    const questions: string[] = [];
    const replies: Record<string, string> = { '问题概述': '西区3号楼热水器不出热水', '详细情况': '晚上洗澡没有热水', '投诉人类别': '1', '受理渠道': 'phone', '发生时间': '2026-12-03 21:00', '地点': 'west-dorm-3', '类别': 'water-power', '紧急程度': 'general', '责任归属': 'internal', '诉求': 'repair', '第一责任人': 'dorm-west' };
    const ask = async (q: string) => {
      questions.push(q);
      return Object.entries(replies).find(([k]) => q.startsWith(k))?.[1] ?? '';
    };
    const out: string[] = [];
    expect(await runNew(['--ledger', ledger, '--now', NOW], { ask, out: (s) => out.push(s) }), out.join('\n')).toBe(0);
    expect(questions.some((q) => q.includes('1. 学生 (student)'))).toBe(true);
    const r = valid(ledger, '2612-0001');
    expect(r.problems).toEqual([]);
    expect(r.complaint!.data).toMatchObject({ complainant: 'student', channel: 'phone', place: { building: 'west-dorm-3' } });
  });

  it('refuses bad answers with the form labels and writes nothing', async () => {
    const ledger = tempDir('new-');
    const out: string[] = [];
    const badPlace = FLAGS.map((f) => (f === 'canteen-2' ? 'no-such-building' : f));
    expect(await runNew([...badPlace, '--ledger', ledger, '--now', NOW, '--no-input'], { out: (s) => out.push(s) })).toBe(1);
    expect(out.join('\n')).toContain('✗ --building(地点 Building):"no-such-building" 不是有效编号 / is not a valid id\n    可选 valid: east-dorm-a,');
    // Every bad id in one run.
    const twoBad = badPlace.map((f) => (f === 'canteen-food' ? 'food' : f));
    out.length = 0;
    expect(await runNew([...twoBad, '--teams', 'catering,kitchen', '--ledger', ledger, '--now', NOW, '--no-input'], { out: (s) => out.push(s) })).toBe(1);
    expect(out.filter((l) => l.startsWith('✗')).map((l) => l.split('(')[0])).toEqual(['✗ --building', '✗ --category', '✗ --teams']);
    // Missing flags, bad ids and unreadable times, all in one run.
    out.length = 0;
    const partial = ['--title', 't', '--building', 'nope', '--category', 'zzz', '--occurred-at', 'yesterday', '--received-at', '2026-13-45'];
    expect(await runNew([...partial, '--ledger', ledger, '--now', NOW, '--no-input'], { out: (s) => out.push(s) })).toBe(1);
    const flags = out.filter((l) => l.startsWith('✗')).map((l) => l.split('(')[0]);
    expect(flags).toEqual(expect.arrayContaining(['✗ --description', '✗ --owner', '✗ --building', '✗ --category', '✗ --received-at', '✗ --occurred-at']));
    // A ledger folder that does not exist is refused, not created.
    await expect(runNew([...FLAGS, '--ledger', join(ledger, 'typo'), '--now', NOW, '--no-input'], { out: (s) => out.push(s) })).rejects.toThrow(/ledger directory not found/);
    const phone = FLAGS.map((f) => (f === '中午打的米饭夹生。' ? '请回电 13812345678' : f));
    expect(await runNew([...phone, '--ledger', ledger, '--now', NOW, '--no-input'], { out: (s) => out.push(s) })).toBe(1);
    expect(out.join('\n')).toContain('✗ --description(详细情况 What happened):含个人信息');
    expect(out.join('\n')).not.toContain('13812345678');
    expect(() => readFileSync(join(ledger, '2026/12/2612-0001.md'))).toThrow();
  });
});
