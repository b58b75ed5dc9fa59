import { describe, it, expect } from 'vitest';
import { parseFrontmatter, FrontmatterError } from '../src/core/frontmatter.ts';
import { VALID } from './helpers.ts';

const fail = (text: string) => {
  try {
    parseFrontmatter(text);
  } catch (e) {
    expect(e).toBeInstanceOf(FrontmatterError);
    return e as FrontmatterError;
  }
  throw new Error('expected a FrontmatterError');
};

describe('parseFrontmatter', () => {
  it('parses a record and its body', () => {
    const r = parseFrontmatter(VALID);
    expect(r.data.id).toBe('2611-0427');
    expect(r.body.trim()).toMatch(/^中午在二楼/);
  });

  it('accepts a BOM and CRLF line endings with the same result', () => {
    const crlf = '\uFEFF' + VALID.replace(/\n/g, '\r\n');
    const a = parseFrontmatter(VALID), b = parseFrontmatter(crlf);
    expect(b.data).toEqual(a.data);
    expect(b.body).toBe(a.body);
  });

  it('keeps YAML 1.1 traps as strings: sexagesimal, yes/no/on/off, timestamps', () => {
    const { data } = parseFrontmatter('---\na: 12:30\nb: no\nc: on\nd: 2026-11-03 14:00\ne: 2026-11-03T14:00:00+08:00\nf: 2026-11-03\n---\n');
    expect(data).toEqual({ a: '12:30', b: 'no', c: 'on', d: '2026-11-03 14:00', e: '2026-11-03T14:00:00+08:00', f: '2026-11-03' });
  });

  it('does not turn timestamps into Dates (an offset-less one would be read as UTC)', () => {
    const { data } = parseFrontmatter('---\nreceived_at: 2026-11-03 14:00\n---\n');
    expect(typeof data.received_at).toBe('string');
  });

  it('refuses anchors and aliases, including an alias bomb, quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill('*' + 'abcdefghi'[i - 1]).join(',')}]`);
    const t0 = performance.now();
    const e = fail(`---\n${levels.join('\n')}\n---\n`);
    expect(e.rule).toBe('yaml-alias');
    expect(performance.now() - t0).toBeLessThan(500);
    expect(fail('---\na: &x {k: 1}\nb: *x\n---\n').rule).toBe('yaml-alias');
  });

  it('allows asterisks in ordinary text', () => {
    expect(parseFrontmatter('---\nnote: "*重要* 注意"\n---\n').data.note).toBe('*重要* 注意');
  });

  it('refuses huge files before parsing', () => {
    const e = fail('---\na: ' + 'x'.repeat(70_000) + '\n---\n');
    expect(e.rule).toBe('too-large');
  });

  it('refuses deep nesting', () => {
    expect(['yaml-depth', 'yaml-syntax']).toContain(fail('---\na: ' + '['.repeat(50) + ']'.repeat(50) + '\n---\n').rule);
  });

  it('never evaluates JavaScript frontmatter', () => {
    const g = globalThis as { pwned?: boolean };
    const e = fail('---js\n{ a: (globalThis.pwned = true) }\n---\n');
    expect(e.rule).toBe('frontmatter-missing');
    expect(g.pwned).toBeUndefined();
  });

  it('keeps __proto__ as data and pollutes nothing', () => {
    const { data } = parseFrontmatter('---\n__proto__:\n  polluted: yes\nx: 1\n---\n');
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports YAML syntax errors with a line number', () => {
    const e = fail('---\nid: 2611-0001\ntitle: [unclosed\n---\n');
    expect(e.rule).toBe('yaml-syntax');
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it('requires opening and closing delimiters and a mapping', () => {
    expect(fail('id: 1\n').rule).toBe('frontmatter-missing');
    expect(fail('---\nid: 1\n').rule).toBe('frontmatter-unclosed');
    expect(fail('---\n- 1\n- 2\n---\n').rule).toBe('frontmatter-not-mapping');
  });
});
