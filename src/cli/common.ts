// Shared by the command entry points: argument parsing with friendly errors, exit codes.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { parseIso } from '../core/time.ts';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv; unknown options and missing values become a UsageError (exit 2), not a stack trace. */
export function parseCli<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h', default: false } }, strict: true, allowPositionals: false });
  } catch (e) {
    throw new UsageError(`参数错误 / bad arguments: ${(e as Error).message}`);
  }
}

/** --now: an ISO time with offset, or the current time. */
export function nowFrom(value: string | undefined): number {
  if (value === undefined) return Date.now();
  const ms = parseIso(value);
  if (Number.isNaN(ms)) throw new UsageError(`--now 须为带时区的 ISO 时间,如 2026-12-03T09:00:00+08:00 / --now must be an ISO time with offset: ${value}`);
  return ms;
}

export function requireDir(dir: string, what: string): void {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`找不到${what}目录 ${dir} / ${what === '台账' ? 'ledger' : what} directory not found: ${dir}`);
}

/** Runs a command's main: usage errors print usage and exit 2; anything else propagates. */
export async function run(main: () => Promise<number> | number, usage: string): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(e.message);
    console.error(usage);
    process.exitCode = 2;
  }
}
