// Publishing ledger changes through git. Each attempt starts from the remote branch in a
// throw-away worktree (the caller's checkout is never touched), makes the change, commits and
// pushes; a rejected push (someone else got there first) starts over from the new tip, so ids are
// allocated against what is really there. The dry-run writer makes the change and shows it, and
// publishes nothing. git runs without a shell; untrusted text never reaches its arguments.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Change {
  /** Paths relative to the repository root. */
  files: string[];
  message: string;
}

/** Makes the change in `root` (a fresh copy of the branch); undefined when there is nothing to do. */
export type ChangeFn<T> = (root: string) => Promise<{ change?: Change; result: T }>;

export interface LedgerWriter {
  apply<T>(fn: ChangeFn<T>): Promise<{ result: T; committed: boolean; attempts: number }>;
}

export interface GitOptions {
  /** A clone of the repository (its "origin" is where the ledger lives). */
  repoDir: string;
  branch: string;
  remote?: string;
  /** Attempts before giving up on push races. */
  attempts?: number;
  author?: { name: string; email: string };
  log?: (s: string) => void;
  /** Extra environment for fetch and push (e.g. credentials passed as GIT_CONFIG_* variables). */
  env?: NodeJS.ProcessEnv;
}

/** Credentials for git over HTTPS as an environment, the way actions/checkout passes them, so the
 * token is never written into .git/config (where later steps' install scripts could read it). */
export function tokenEnv(serverUrl: string, token: string): NodeJS.ProcessEnv {
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
  };
}

const BOT = { name: 'jiesu-bot', email: 'jiesu-bot@users.noreply.github.com' };

export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env }, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(new Error(`git ${args[0]} failed: ${String(stderr).trim() || err.message}`), { stderr: String(stderr), code: (err as { code?: unknown }).code }));
      else resolve(String(stdout));
    });
  });
}

/** Fetches the branch tip from the remote; returns the ref to start from. */
async function fetchTip(o: GitOptions): Promise<string> {
  const remote = o.remote ?? 'origin';
  await git(o.repoDir, ['fetch', '--quiet', remote, `+refs/heads/${o.branch}:refs/remotes/${remote}/${o.branch}`], o.env);
  return `refs/remotes/${remote}/${o.branch}`;
}

/** Only these paths are checked out: a 100,000-record ledger is read through git instead
 * (ls-tree, grep, show), which keeps an attempt well under a second whatever the ledger's size. */
const SPARSE = ['/jiesu.config.yaml', '/.github/'];

async function withWorktree<T>(o: GitOptions, fn: (root: string) => Promise<T>, start?: string): Promise<T> {
  const ref = start ?? (await fetchTip(o));
  const root = mkdtempSync(join(tmpdir(), 'jiesu-worktree-'));
  await git(o.repoDir, ['worktree', 'add', '--quiet', '--no-checkout', '--detach', root, ref]);
  await git(root, ['sparse-checkout', 'set', '--no-cone', ...SPARSE]);
  await git(root, ['checkout', '--quiet']);
  try {
    return await fn(root);
  } finally {
    await git(o.repoDir, ['worktree', 'remove', '--force', root]).catch(() => rmSync(root, { recursive: true, force: true }));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function gitWriter(o: GitOptions): LedgerWriter {
  const remote = o.remote ?? 'origin';
  const author = o.author ?? BOT;
  const env = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
  const attempts = o.attempts ?? 40;
  return {
    async apply(fn) {
      for (let attempt = 1; ; attempt++) {
        const outcome = await withWorktree(o, async (root) => {
          const { change, result } = await fn(root);
          if (!change) return { result, committed: false, pushed: true };
          await git(root, ['add', '--sparse', '--', ...change.files]);
          await git(root, ['commit', '--quiet', '--no-verify', '-m', change.message], env);
          try {
            await git(root, ['push', '--quiet', remote, `HEAD:refs/heads/${o.branch}`], o.env);
            return { result, committed: true, pushed: true };
          } catch (e) {
            const msg = (e as { stderr?: string }).stderr ?? '';
            // Only a lost race is retried; anything else (auth, protection rules) is reported.
            if (!/rejected|non-fast-forward|fetch first|cannot lock ref|failed to update ref/i.test(msg)) throw e;
            return { result, committed: false, pushed: false };
          }
        });
        if (outcome.pushed) return { result: outcome.result, committed: outcome.committed, attempts: attempt };
        if (attempt >= attempts) throw new Error(`push still rejected after ${attempts} attempts (busy ledger); the event can be run again`);
        o.log?.(`push race lost (attempt ${attempt}); starting again from the new tip`);
        await sleep(50 + Math.random() * Math.min(2000, 100 * attempt));
      }
    },
  };
}

/** Makes the change in a throw-away worktree, prints what would be committed, publishes nothing. */
export function dryRunWriter(o: GitOptions & { say: (s: string) => void }): LedgerWriter {
  return {
    async apply(fn) {
      // A local try-out may have no remote: then the local HEAD stands in for the branch tip.
      const start = await fetchTip(o).catch((e: Error) => {
        o.say(`[dry-run] 无法获取远程分支,改用本地 HEAD / cannot fetch the remote branch, using the local HEAD (${e.message.split('\n')[0]})`);
        return 'HEAD';
      });
      return withWorktree(o, async (root) => {
        const { change, result } = await fn(root);
        if (change) {
          await git(root, ['add', '--sparse', '--', ...change.files]);
          o.say(`[dry-run] 将提交 would commit "${change.message}":\n${await git(root, ['diff', '--cached', '--no-color'])}`);
        } else o.say('[dry-run] 台账无需改动 / no ledger change');
        return { result, committed: false, attempts: 1 };
      }, start);
    },
  };
}

// Reading the ledger at the worktree's commit without checking it out.

/** File names directly in `dir` (e.g. "complaints/2026/12") at HEAD. */
export async function listTree(root: string, dir: string): Promise<string[]> {
  const out = await git(root, ['ls-tree', '--name-only', 'HEAD', `${dir.replace(/\/$/, '')}/`]);
  return out.split('\n').filter(Boolean).map((p) => p.slice(p.lastIndexOf('/') + 1));
}

/** Paths under `dir` at HEAD with a line matching the (extended) regular expression. */
export async function grepTree(root: string, pattern: string, dir: string): Promise<string[]> {
  try {
    const out = await git(root, ['grep', '-l', '-E', '-e', pattern, 'HEAD', '--', dir]);
    return out.split('\n').filter(Boolean).map((l) => l.replace(/^HEAD:/, ''));
  } catch (e) {
    if ((e as { code?: unknown }).code === 1) return []; // git grep exits 1 when nothing matches
    throw e;
  }
}

/** A file's text at HEAD. */
export function showFile(root: string, rel: string): Promise<string> {
  return git(root, ['show', `HEAD:${rel}`]);
}
