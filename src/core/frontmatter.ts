// The one parse path from a record's text to plain data, used by the CLI and the site alike.
// gray-matter splits the file; js-yaml's CORE schema (YAML 1.2) parses the frontmatter, so
// "12:30" stays a string (YAML 1.1 read it as 750), timestamps stay strings (no offset-less
// Dates read as UTC), and "no"/"on" stay strings. Aliases of lists and mappings are refused
// (alias bombs); scalar aliases are harmless and allowed.
import matter from 'gray-matter';
import yaml from 'js-yaml';

export const MAX_RECORD_BYTES = 64 * 1024;

export class FrontmatterError extends Error {
  readonly line: number | undefined;
  readonly rule: string;
  readonly zh: string;
  constructor(rule: string, zh: string, en: string, line?: number) {
    super(en);
    this.rule = rule;
    this.zh = zh;
    this.line = line;
  }
}

const refuse = (lang: string) => () => {
  throw new FrontmatterError('frontmatter-language', `不支持 ${lang} 格式的头信息,请使用 YAML`, `${lang} frontmatter is not allowed; use YAML`);
};

function parseYaml(src: string): unknown {
  return yaml.load(src, { schema: yaml.CORE_SCHEMA, json: false });
}

/** YAML 1.2 (CORE schema) with the same guards as records: no shared nodes (aliases of lists or
 * mappings, the stuff of alias bombs), limited depth. For the config file. Throws FrontmatterError. */
export function loadYamlGuarded(src: string, maxDepth = MAX_DEPTH): unknown {
  const data = parseYaml(src);
  checkShape(data, 0, new Set(), maxDepth);
  return data;
}

const OPTIONS = {
  language: 'yaml',
  // Replace every engine: gray-matter's default "js" engine would eval the frontmatter.
  engines: {
    yaml: { parse: parseYaml, stringify: () => '' },
    js: refuse('JavaScript'),
    javascript: refuse('JavaScript'),
    coffee: refuse('CoffeeScript'),
    json: refuse('JSON'),
    toml: refuse('TOML'),
  },
} as unknown as Parameters<typeof matter>[1];

export interface ParsedText {
  data: Record<string, unknown>;
  body: string;
  /** The frontmatter YAML (for locating fields by line when reporting errors). */
  yaml: string;
}

/** Splits and parses a record's text. Throws FrontmatterError with a line where known. */
export function parseFrontmatter(raw: string): ParsedText {
  if (raw.length > MAX_RECORD_BYTES)
    throw new FrontmatterError('too-large', `文件过大(${raw.length} 字节,上限 ${MAX_RECORD_BYTES})`, `file too large (${raw.length} bytes, limit ${MAX_RECORD_BYTES})`);
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\u0000'))
    throw new FrontmatterError('encoding', '文件含有 NUL 字符:请以 UTF-8 编码保存纯文本(可能是 UTF-16 或二进制文件)', 'the file contains NUL characters: save it as UTF-8 text (it may be UTF-16 or binary)', 1);
  if (!/^---\n/.test(text))
    throw new FrontmatterError('frontmatter-missing', '文件须以单独一行 --- 开头的 YAML 头信息', 'the file must start with a line "---" opening the YAML frontmatter', 1);
  const close = text.indexOf('\n---', 3);
  const after = close < 0 ? '' : text.slice(close + 4, close + 5);
  if (close < 0 || (after !== '\n' && after !== ''))
    throw new FrontmatterError('frontmatter-unclosed', '头信息缺少结束行 ---', 'the frontmatter has no closing "---" line', 1);
  const fmText = text.slice(4, close + 1);
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(text, OPTIONS);
  } catch (e) {
    if (e instanceof FrontmatterError) throw e;
    const err = e as { mark?: { line?: number }; reason?: string; message: string };
    const line = err.mark?.line !== undefined ? err.mark.line + 2 : undefined;
    const reason = err.reason ?? err.message.split('\n')[0];
    throw new FrontmatterError('yaml-syntax', `YAML 语法错误:${reason}`, `YAML syntax error: ${reason}`, line);
  }
  const data = parsed.data as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new FrontmatterError('frontmatter-not-mapping', '头信息须为 键: 值 的映射', 'the frontmatter must be a mapping of key: value', 2);
  checkShape(data, 0, new Set());
  return { data: data as Record<string, unknown>, body: parsed.content, yaml: fmText };
}

const MAX_DEPTH = 8;
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** js-yaml resolves an alias to the very same object, so a node seen twice is an alias:
 * refusing those stops alias bombs before anything downstream walks the expansion. */
function checkShape(node: unknown, depth: number, seen: Set<object>, maxDepth = MAX_DEPTH): void {
  if (node === null || typeof node !== 'object') return;
  if (seen.has(node))
    throw new FrontmatterError('yaml-alias', '不允许用 YAML 别名(* 引用 & 锚点)重复使用列表或映射', 'YAML aliases (*name of an &name anchor) of lists or mappings are not allowed');
  if (depth > maxDepth)
    throw new FrontmatterError('yaml-depth', `YAML 嵌套过深(上限 ${maxDepth} 层)`, `YAML nested too deeply (limit ${maxDepth})`);
  seen.add(node);
  for (const v of Array.isArray(node) ? node : Object.values(node)) checkShape(v, depth + 1, seen, maxDepth);
}


