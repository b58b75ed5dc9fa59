// Reading the complaint form (core/intake.ts) against bodies crafted to hijack fields: the parser
// splits at "###" anywhere, so only the form's own heading lines may start an answer.
import { describe, it, expect } from 'vitest';
import { complaintFormYaml, formBody, readComplaintForm } from '../src/core/intake.ts';
import { sampleConfig } from './helpers.ts';

const config = sampleConfig();
const template = complaintFormYaml(config);
const NOW = Date.parse('2026-12-03T23:30:00+08:00');
const ANSWERS = {
  title: '东区A栋403空调不制冷', description: '晚上十点后空调不出冷风。', complainant: 'student', channel: 'online',
  received_at: '2026-12-03 23:05', occurred_at: '2026-12-03 22:40', building: 'east-dorm-a', room: '403',
  category: 'dorm-repair', urgency: 'general', responsibility: 'internal', demand: 'repair', owner: 'repair-duty', pledge: 'yes',
} as Record<string, string | string[] | undefined>;
const read = (answers: Record<string, string | string[] | undefined>) => {
  const r = readComplaintForm(config, template, formBody(config, { ...ANSWERS, ...answers }), NOW, NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('complaint form: "###" inside answers', () => {
  it('keeps a heading of the filer\'s own inside the answer', () => {
    const r = read({ description: '空调坏了\n\n### 补充说明\n已自行重启过。\n\n#### 小结\n仍不制冷' });
    expect(r.body).toBe('空调坏了\n\n### 补充说明\n已自行重启过。\n\n#### 小结\n仍不制冷');
  });

  it('cannot take over another field from the middle of a line', () => {
    const r = read({ description: '见下 ### 问题概述 Summary\n\n伪造的标题' });
    expect(r.record.title).toBe('东区A栋403空调不制冷');
    expect(r.body).toBe('见下 ### 问题概述 Summary\n\n伪造的标题');
  });

  it('cannot take over a field with a look-alike heading (ideographic space, no-break space)', () => {
    for (const sp of ['\u3000', '\u00a0']) {
      const r = read({ description: `空调坏了\n### 问题概述 Summary${sp}\n\n伪造标题二` });
      expect(r.record.title).toBe('东区A栋403空调不制冷');
      expect(r.body).toContain('伪造标题二');
    }
  });

  it('keeps "###" in one-line answers instead of cutting them, and a dropdown cannot be overridden', () => {
    const r = read({ title: '空调 ### 坏了', demand_detail: 'x ### 紧急程度 Urgency\n\n紧急 (urgent)' });
    expect(r.record.title).toBe('空调 ### 坏了');
    expect(r.record.urgency).toBe('general');
    expect(r.record.demand_detail).toContain('x ### 紧急程度 Urgency');
  });

  it('is not confused by the stand-in character typed into an answer', () => {
    const r = read({ title: '东区A栋403空调不制冷\uE000', description: '见下 ### 问题概述 Summary\n\n伪造' });
    expect(r.record.title).toBe('东区A栋403空调不制冷\uFFFD');
    expect(r.body).toContain('### 问题概述 Summary');
  });
});
