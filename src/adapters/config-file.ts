// Reads and validates the organisation config (jiesu.config.yaml). Errors read like record errors.
import { readFileSync } from 'node:fs';
import { loadYamlGuarded, FrontmatterError, MAX_CONFIG_BYTES } from '../core/frontmatter.ts';
import { configSchema, indexConfig, type ConfigIndex } from '../core/config.ts';
import { fromZod, type Problem } from '../core/problems.ts';
import { locateInYaml } from './yaml-locate.ts';

export const DEFAULT_CONFIG = 'jiesu.config.yaml';

export function loadConfig(file = process.env.JIESU_CONFIG ?? DEFAULT_CONFIG): { config?: ConfigIndex; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ file, field: '', rule: 'config-missing', zh: `无法读取配置文件:${(e as Error).message}`, en: `cannot read the config file: ${(e as Error).message}` }] };
  }
  if (text.length > MAX_CONFIG_BYTES)
    return { problems: [{ file, field: '', rule: 'too-large', zh: `配置文件过大(上限 ${MAX_CONFIG_BYTES} 字节)`, en: `config file too large (limit ${MAX_CONFIG_BYTES} bytes)` }] };
  let data: unknown;
  try {
    data = loadYamlGuarded(text.replace(/^\uFEFF/, ''), 12);
  } catch (e) {
    if (e instanceof FrontmatterError) return { problems: [{ file, field: '', rule: e.rule, zh: e.zh, en: e.message }] };
    const err = e as { mark?: { line: number }; reason?: string; message: string };
    return { problems: [{ file, line: err.mark ? err.mark.line + 1 : undefined, field: '', rule: 'yaml-syntax', zh: `YAML 语法错误:${err.reason ?? err.message}`, en: `YAML syntax error: ${err.reason ?? err.message}` }] };
  }
  // Keys that mean something to JavaScript objects are refused, not silently dropped.
  const reserved: Problem[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (!v || typeof v !== 'object') return;
    for (const k of Object.keys(v)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype')
        reserved.push({ file, line: locateInYaml(text, [...path, k], 0), field: [...path, k].join('.'), rule: 'reserved-key', zh: `不能使用保留名 "${k}" 作为键,请改名`, en: `"${k}" is a reserved name and cannot be a key; rename it` });
      else walk((v as Record<string, unknown>)[k], [...path, Array.isArray(v) ? Number(k) : k]);
    }
  };
  walk(data, []);
  const r = configSchema.safeParse(data ?? {});
  if (!r.success || reserved.length) {
    return { problems: [...reserved, ...(r.success ? [] : fromZod(file, r.error, data, (p) => locateInYaml(text, p, 0), 'docs/config.md'))] };
  }
  return { config: indexConfig(r.data), problems: [] };
}
