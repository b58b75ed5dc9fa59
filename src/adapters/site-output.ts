// The build's output folder. A build writes into a fresh hidden sibling and replaces the output
// only when it has succeeded, so a failed or interrupted build leaves the previous site whole.
// Folders that must never be replaced (the project and its parents, the ledger, anything in .git,
// a folder holding a repository or git-tracked files) are refused outright, --force or not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, isAbsolute, sep } from 'node:path';

/** Written into every finished build: how a later build knows the folder is its own. */
export const BUILD_MARKER = '.jiesu-build';

const inside = (child: string, parent: string) => {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

/** The real path of `p` (symbolic links resolved), also when its last parts do not exist yet. */
function real(p: string): string {
  const rest: string[] = [];
  let at = p;
  while (!existsSync(at) && dirname(at) !== at) {
    rest.unshift(basename(at));
    at = dirname(at);
  }
  try {
    return join(realpathSync(at), ...rest);
  } catch {
    return p;
  }
}

/** A `.git` entry in `dir` or below, down to `depth` levels. */
function holdsGit(dir: string, depth: number): boolean {
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') return true;
      if (depth > 0 && e.isDirectory() && !e.isSymbolicLink() && holdsGit(join(dir, e.name), depth - 1)) return true;
    }
  } catch {
    /* unreadable: nothing to replace there either */
  }
  return false;
}

/** True when git tracks a file in `dir` (git missing, or not a work tree: false). */
function tracksFiles(dir: string): boolean {
  const r = spawnSync('git', ['-C', dir, 'ls-files', '-z', '--', '.'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 && r.stdout.length > 0;
}

/** Why `out` must not be built into, or undefined. Paths are resolved against `cwd`, symbolic links followed. */
export function refuseOutDir(out: string, ctx: { cwd: string; ledger: string; config: string; force: boolean }): { zh: string; en: string } | undefined {
  if (!out.trim()) return { zh: '--out 不能为空', en: '--out must not be empty' };
  const abs = real(resolve(ctx.cwd, out));
  const cwd = real(ctx.cwd);
  const never = (zh: string, en: string) => ({ zh: `不能构建到 ${out}:${zh}(--force 也不行)`, en: `refusing to build into ${out}: ${en} (even with --force)` });
  if (abs === parse(abs).root || abs === real(homedir())) return never('这是根目录或主目录', 'it is the root or home folder');
  if (inside(cwd, abs)) return never('它是当前目录或其上级,构建会替换整个项目', 'it is the current folder or above it; the whole project would be replaced');
  const ledger = real(resolve(ctx.cwd, ctx.ledger));
  if (inside(ledger, abs) || inside(abs, ledger)) return never('它与台账目录重叠', 'it overlaps the ledger folder');
  if (inside(dirname(real(resolve(ctx.cwd, ctx.config))), abs)) return never('它包含配置文件', 'it holds the config file');
  if (abs.split(sep).includes('.git')) return never('它在 git 仓库的 .git 目录中', 'it is inside a .git folder');
  let parent = dirname(abs);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  if (!statSync(parent).isDirectory()) return { zh: `${out} 的上级 ${parent} 是文件,不是目录`, en: `${parent}, above ${out}, is a file, not a folder` };
  if (!existsSync(abs)) return undefined;
  if (!statSync(abs).isDirectory()) return { zh: `${out} 是文件,不是目录`, en: `${out} is a file, not a folder` };
  if (!readdirSync(abs).length || isEarlierBuild(abs)) return undefined;
  // Not a build of ours: replaced only with --force, and never when it holds a repository or tracked files.
  if (holdsGit(abs, 3)) return never('其中含有 git 仓库', 'it holds a git repository');
  if (tracksFiles(abs)) return never('其中有 git 跟踪的文件', 'git tracks files in it');
  if (!ctx.force)
    return {
      zh: `${out} 不是空目录,也不是之前生成的站点,构建会替换它;确认请加 --force`,
      en: `${out} is not empty and not an earlier build; building would replace it (use --force)`,
    };
  return undefined;
}

/** A folder this tool built: its marker, or (builds from before the marker) the site's own files. */
export function isEarlierBuild(dir: string): boolean {
  return existsSync(join(dir, BUILD_MARKER))
    || (existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'pagefind', 'pagefind.js')) && existsSync(join(dir, 'c', 'ids')));
}

const hidden = (outDir: string, kind: 'new' | 'old') => `.${basename(outDir)}.${kind}-`;
/** Only names this module makes: .<out>.new-<pid>-<time> and .<out>.old-<pid>-<time>. */
const ours = (name: string, prefix: string) => name.startsWith(prefix) && /^\d+-\d+$/.test(name.slice(prefix.length));

/** A new, empty staging folder beside `outDir`; leftovers of interrupted builds are removed in the background. */
export function stageFor(outDir: string): string {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  for (const name of readdirSync(parent)) {
    const stale = ours(name, hidden(outDir, 'old'))
      || (ours(name, hidden(outDir, 'new')) && !alive(Number(name.slice(hidden(outDir, 'new').length).split('-')[0])));
    if (stale) removeInBackground(join(parent, name));
  }
  const stage = join(parent, `${hidden(outDir, 'new')}${process.pid}-${Date.now()}`);
  mkdirSync(stage);
  return stage;
}

/** Marks the finished build and puts it in place of `outDir`; the previous one is deleted in the background. */
export function publish(stage: string, outDir: string, now: number): void {
  writeFileSync(join(stage, BUILD_MARKER), JSON.stringify({ built: new Date(now).toISOString() }) + '\n');
  if (existsSync(outDir)) {
    const old = join(dirname(outDir), `${hidden(outDir, 'old')}${process.pid}-${Date.now()}`);
    try {
      renameSync(outDir, old);
    } catch {
      // A mount point cannot be renamed: empty it and move the new files in.
      for (const n of readdirSync(outDir)) rmSync(join(outDir, n), { recursive: true, force: true });
      for (const n of readdirSync(stage)) renameSync(join(stage, n), join(outDir, n));
      rmSync(stage, { recursive: true, force: true });
      return;
    }
    renameSync(stage, outDir);
    removeInBackground(old);
  } else {
    renameSync(stage, outDir);
  }
}

/** Throws away a failed build's staging folder. */
export function discard(stage: string): void {
  rmSync(stage, { recursive: true, force: true });
}

/** Deletes a folder in a detached `rm` process: Node's recursive rm walks 100,000s of paths on this
 * thread (measured at 100k records: +560 MB heap, Astro delayed 8 s), and nothing needs to wait for it. */
function removeInBackground(dir: string): void {
  if (process.platform === 'win32') return rmSync(dir, { recursive: true, force: true });
  const child = spawn('rm', ['-rf', '--', dir], { stdio: 'ignore', detached: true });
  child.once('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
