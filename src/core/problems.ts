// Problems found in the config or the ledger, and how they are told to people:
// file, line, field, what is wrong and what would be valid, in Chinese then English.
import type { z } from 'zod';
import {
  CHANNELS, SOURCES, COMPLAINANTS, URGENCIES, RESPONSIBILITIES, DEMANDS, SATISFACTION, STATUSES,
} from './record.ts';

export interface Problem {
  file: string;
  line?: number;
  /** Dotted field path, e.g. "timeline[2].status"; "" for the whole file. */
  field: string;
  /** Stable rule name for machines and tests, e.g. "schema", "unknown-category", "personal-data". */
  rule: string;
  zh: string;
  en: string;
}

export type Path = readonly PropertyKey[];

export function fieldName(path: Path): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : (s ? '.' : '') + String(p);
  return s;
}

const LABELS: Record<string, string> = Object.assign(
  {}, CHANNELS, SOURCES, COMPLAINANTS, URGENCIES, RESPONSIBILITIES, DEMANDS, SATISFACTION, STATUSES,
);

const withLabel = (v: unknown) => {
  const k = String(v);
  return Object.hasOwn(LABELS, k) ? `${k}(${LABELS[k]})` : k;
};

/** What a valid value looks like, per custom format message key. */
const FORMATS: Record<string, { zh: string; en: string }> = {
  id: { zh: '投诉编号格式为 YYMM-NNNN,如 2611-0427', en: 'a tracking id like 2611-0427 (YYMM-NNNN)' },
  datetime: {
    zh: '须为带时区的 ISO 8601 时间,如 2026-11-03T14:05:00+08:00(不带 +08:00 会被当作 UTC,差 8 小时)',
    en: 'an ISO 8601 time with offset, e.g. 2026-11-03T14:05:00+08:00 (without +08:00 it would be read as UTC)',
  },
  'datetime-range': { zh: '日期或时间超出范围(如 2 月 30 日、25 点)', en: 'date or time out of range (e.g. 30 February, hour 25)' },
  occurred: {
    zh: '须为日期 2026-11-03 或带时区的时间 2026-11-03T12:00:00+08:00',
    en: 'a date like 2026-11-03 or a time with offset like 2026-11-03T12:00:00+08:00',
  },
  handle: { zh: '工作账号为小写字母、数字和连字符,如 repair-duty(不可填姓名)', en: 'a staff handle of lower-case letters, digits and dashes, e.g. repair-duty (never a name)' },
  slug: { zh: '编号为小写字母、数字和连字符,如 canteen-1', en: 'an id of lower-case letters, digits and dashes, e.g. canteen-1' },
  base: { zh: '路径须以 / 开头和结尾,如 /jiesu/', en: 'a path starting and ending with /, e.g. /jiesu/' },
  'clock-id': { zh: '时限编号为小写字母、数字和下划线,如 resolution', en: 'a clock id of lower-case letters, digits and underscores, e.g. resolution' },
  'day-range': { zh: '日期如 2027-01-01,或区间 2027-01-01..2027-01-03', en: 'a date like 2027-01-01 or a range 2027-01-01..2027-01-03' },
  'day-range-order': { zh: '区间须从早到晚且不超过一年,如 2027-01-01..2027-01-03', en: 'a range must run forwards and span at most a year, e.g. 2027-01-01..2027-01-03' },
  'http-url': { zh: '须为 http(s) 网址,如 https://example.edu.cn', en: 'must be an http(s) URL, e.g. https://example.edu.cn' },
  'personal-data': { zh: '含个人信息(电话、证件号、邮箱等),请删除', en: 'contains personal data (phone, ID, e-mail ...); remove it' },
  'bad-chars': { zh: '含有控制字符或文字方向控制符,请删除', en: 'contains control or text-direction characters; remove them' },
  invisible: { zh: '只有空白或不可见字符,请填写内容', en: 'has only blank or invisible characters; write the text' },
  'one-line': { zh: '须为一行,不能换行', en: 'must be a single line' },
  unique: { zh: '列表中有重复项', en: 'the list has duplicates' },
  'github-login': { zh: 'GitHub 用户名,如 octocat', en: 'a GitHub login, e.g. octocat' },
  'github-team': { zh: 'GitHub 团队,格式为 组织/团队,如 campus-logistics/service-desk', en: 'a GitHub team as org/team-slug, e.g. campus-logistics/service-desk' },
  branch: { zh: '分支名,如 main', en: 'a branch name, e.g. main' },
  year: { zh: '年份为四位数字,如 "2027"', en: 'a four-digit year, e.g. "2027"' },
  ref: { zh: '来源标记如 gh-comment:1234567(由登记程序写入,请勿手改)', en: 'a source mark like gh-comment:1234567 (written by intake; do not edit)' },
};

const typeZh: Record<string, string> = {
  string: '文本', number: '数字', int: '整数', boolean: '布尔值 true/false', object: '映射(键: 值)', array: '列表', undefined: '空',
};

function received(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Turns zod issues into friendly problems. `input` is the raw data, to show what was given. */
/** At most this many problems are listed per file; a file with more gets one line saying so. */
export const MAX_PROBLEMS_PER_FILE = 30;

export function capProblems(file: string, problems: Problem[], total = problems.length): Problem[] {
  if (total <= MAX_PROBLEMS_PER_FILE) return problems;
  const more = total - MAX_PROBLEMS_PER_FILE;
  return [
    ...problems.slice(0, MAX_PROBLEMS_PER_FILE),
    { file, field: '', rule: 'more-problems', zh: `此文件还有 ${more} 个问题未列出;请先修正以上问题`, en: `${more} more problem(s) in this file not listed; fix the ones above first` },
  ];
}

export function fromZod(file: string, error: z.ZodError, input: unknown, locate?: (p: Path) => number | undefined, docs = 'docs/record.md'): Problem[] {
  const issues = error.issues;
  return capProblems(file, issues.slice(0, MAX_PROBLEMS_PER_FILE).map((iss) => {
    const path = iss.path as Path;
    const field = fieldName(path);
    const given = valueAt(input, path);
    const shown = given === undefined ? '' : JSON.stringify(given)?.slice(0, 60);
    let zh: string, en: string;
    const fmt = FORMATS[iss.message];
    if (given === undefined && iss.code !== 'unrecognized_keys') {
      const opts = iss.code === 'invalid_value' ? iss.values : undefined;
      return {
        file, line: locate?.(path), field, rule: 'schema',
        zh: `缺少必填字段${opts ? `,可选:${opts.map(withLabel).join(' | ')}` : ''}`,
        en: `required field is missing${opts ? `; expected one of: ${opts.join(', ')}` : ''}`,
      };
    }
    switch (iss.code) {
      case 'invalid_type':
        if (given === undefined) {
          zh = `缺少必填字段`;
          en = `required field is missing`;
        } else if (given === null) {
          zh = `不能为空:应为${typeZh[iss.expected] ?? iss.expected}`;
          en = `must not be empty: expected ${iss.expected}`;
        } else {
          zh = `类型不对:应为${typeZh[iss.expected] ?? iss.expected},实际为 ${shown}` + (iss.expected === 'string' ? '(可加引号)' : '');
          en = `expected ${iss.expected}, got ${received(given)} ${shown}` + (iss.expected === 'string' ? ' (quote it)' : '');
        }
        break;
      case 'invalid_value': {
        const opts = iss.values.map(withLabel).join(' | ');
        zh = `取值 ${shown} 无效,可选:${opts}`;
        en = `invalid value ${shown}; expected one of: ${iss.values.join(', ')}`;
        break;
      }
      case 'unrecognized_keys': {
        const keys = iss.keys.join(', ');
        zh = `未知字段 ${keys}(拼写错误?参见 ${docs})`;
        en = `unknown field(s) ${keys} (a typo? see ${docs})`;
        return { file, line: locate?.([...path, iss.keys[0]!]), field: fieldName([...path, iss.keys[0]!]), rule: 'schema', zh, en };
      }
      case 'too_small':
        if (iss.origin === 'string') { zh = `不能为空`; en = `must not be empty`; }
        else if (iss.origin === 'array') { zh = `至少需要 ${iss.minimum} 项`; en = `needs at least ${iss.minimum} item(s)`; }
        else if (iss.inclusive === false) { zh = `须大于 ${iss.minimum}`; en = `must be greater than ${iss.minimum}`; }
        else { zh = `不能小于 ${iss.minimum}`; en = `must be at least ${iss.minimum}`; }
        break;
      case 'too_big':
        if (iss.origin === 'string') { zh = `过长:最多 ${iss.maximum} 个字符`; en = `too long: at most ${iss.maximum} characters`; }
        else if (iss.origin === 'array') { zh = `最多 ${iss.maximum} 项`; en = `at most ${iss.maximum} items`; }
        else if (iss.inclusive === false) { zh = `须小于 ${iss.maximum}`; en = `must be less than ${iss.maximum}`; }
        else { zh = `不能大于 ${iss.maximum}`; en = `must be at most ${iss.maximum}`; }
        break;
      default: {
        const custom = /^(duplicate|unknown-team|unknown-category|outside-year):(.*)$/.exec(iss.message);
        if (custom?.[1] === 'unknown-category') return { file, line: locate?.(path), field, rule: 'config-unknown-category', zh: `未知类别 "${custom[2]}",请使用 categories 中的编号`, en: `unknown category "${custom[2]}"; use an id from categories` };
        if (custom?.[1] === 'outside-year') return { file, line: locate?.(path), field, rule: 'config-calendar', zh: `日期不在 ${custom[2]} 年内`, en: `date outside the year ${custom[2]}` };
        if (custom?.[1] === 'duplicate') return { file, line: locate?.(path), field, rule: 'config-duplicate', zh: `编号 "${custom[2]}" 重复,每个编号只能定义一次`, en: `id "${custom[2]}" is defined twice` };
        if (custom?.[1] === 'unknown-team') return { file, line: locate?.(path), field, rule: 'config-unknown-team', zh: `未知班组 "${custom[2]}",请先在 teams 中定义`, en: `unknown team "${custom[2]}"; define it under teams first` };
      }
        if (fmt) { zh = `${shown} 格式不对:${fmt.zh}`; en = `${shown} is not valid: ${fmt.en}`; }
        else if (iss.code === 'invalid_format' && iss.format === 'url') { zh = `须为网址,如 https://example.edu.cn`; en = `must be a URL like https://example.edu.cn`; }
        else if (iss.code === 'invalid_union') { zh = `${shown} 格式不对`; en = `${shown} is not valid: ${iss.message}`; }
        else { zh = `${shown} 无效:${iss.message}`; en = `${shown} is not valid: ${iss.message}`; }
    }
    if (fmt && iss.code !== 'invalid_type') { zh = `${shown} 格式不对:${fmt.zh}`; en = `${shown} is not valid: ${fmt.en}`; }
    // Never repeat personal data in the message: it would land in logs and annotations.
    if (iss.message === 'personal-data') return { file, line: locate?.(path), field, rule: 'personal-data', zh: fmt!.zh, en: fmt!.en };
    return { file, line: locate?.(path), field, rule: 'schema', zh, en };
  }), issues.length);
}

export function valueAt(input: unknown, path: Path): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** Record text reaches the terminal and CI logs: control, bidi and invisible characters are
 * shown as \u{…} so a record cannot forge workflow commands ("::error"), escape sequences or
 * reversed text. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** "complaints/2026/11/2611-0427.md:12  urgency  取值…  / invalid…" */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return printable(`${where}  ${p.field || '(文件)'}`) + `\n    ${printable(p.zh)}\n    ${printable(p.en)}`;
}

/** GitHub Actions workflow command; values escaped as the runner expects. */
export function formatAnnotation(p: Problem): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const props = [`file=${prop(printable(p.file))}`];
  if (p.line) props.push(`line=${p.line}`);
  props.push(`title=${prop(printable(`${p.rule} ${p.field}`.trim()))}`);
  return `::error ${props.join(',')}::${esc(printable(`${p.field ? p.field + ': ' : ''}${p.zh} / ${p.en}`))}`;
}
