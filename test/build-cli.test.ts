// npm run build on a tiny ledger: what it refuses, what a rebuild leaves behind.
import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALID, tempLedger, tempDir, vary } from './helpers.ts';

const NOW = '2026-12-03T09:00:00+08:00';
const build = (ledger: string, out: string, ...extra: string[]) =>
  spawnSync(process.execPath, ['src/cli/build.ts', '--ledger', ledger, '--out', out, '--now', NOW, ...extra], { encoding: 'utf8' });

describe('npm run build', () => {
  it('refuses to empty a folder that is not an earlier build, unless --force', () => {
    const ledger = tempLedger({ '2026/11/2611-0427.md': VALID });
    const out = join(tempDir('build-'), 'notes');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = build(ledger, out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('rebuilds in place: files of complaints no longer in the ledger are gone, nothing is left beside the output', async () => {
    const second = vary(VALID, /^id: 2611-0427$/m, 'id: 2611-0428');
    const ledger = tempLedger({ '2026/11/2611-0427.md': VALID });
    const parent = tempDir('build-');
    const out = join(parent, 'site');
    expect(build(ledger, out).status).toBe(0);
    expect(existsSync(join(out, 'c/2611-0427.html'))).toBe(true);
    expect(existsSync(join(out, 'open311/v2/requests/2611-0427.json'))).toBe(true);

    // The record is renumbered: the next build must not keep the old page.
    const moved = tempLedger({ '2026/11/2611-0428.md': second });
    const r = build(moved, out);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'c/2611-0427.html'))).toBe(false);
    expect(existsSync(join(out, 'open311/v2/requests/2611-0427.json'))).toBe(false);
    expect(readFileSync(join(out, 'c/2611-0428.html'), 'utf8')).toContain('2611-0428');
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    // The previous output is deleted by a background process: gone within seconds.
    await expect.poll(() => readdirSync(parent), { timeout: 15_000 }).toEqual(['site']);
  });

  it('never builds into the project, its parents, the ledger or a git work tree, even with --force', () => {
    const ledger = tempLedger({ '2026/11/2611-0427.md': VALID });
    const repo = tempDir('build-');
    mkdirSync(join(repo, '.git'));
    writeFileSync(join(repo, 'index.html'), 'a Pages site');
    for (const out of ['', '.', '..', ledger, join(ledger, 'site'), repo]) {
      const r = build(ledger, out, '--force');
      expect(r.status, `--out "${out}"`).toBe(2);
      expect(r.stderr, `--out "${out}"`).toMatch(/不能|不能为空/);
    }
    expect(readFileSync(join(repo, 'index.html'), 'utf8')).toBe('a Pages site');
    expect(existsSync(join(ledger, '2026/11/2611-0427.md'))).toBe(true);
    // A folder holding a repository, a .git folder itself, tracked files of a work tree, a ledger behind a symlink.
    const holder = tempDir('build-');
    const work = join(holder, 'work');
    mkdirSync(join(work, 'docs'), { recursive: true });
    writeFileSync(join(work, 'docs', 'guide.md'), 'tracked');
    spawnSync('git', ['init', '-q', work]);
    spawnSync('git', ['-C', work, 'add', '.']);
    const linked = join(tempDir('build-'), 'ledger-link');
    symlinkSync(ledger, linked);
    for (const [out, led] of [[holder, ledger], [join(work, '.git'), ledger], [join(work, 'docs'), ledger], [join(ledger, 'site'), linked]] as const) {
      const r = build(led, out, '--force');
      expect(r.status, `--out ${out}`).toBe(2);
    }
    expect(readFileSync(join(work, 'docs', 'guide.md'), 'utf8')).toBe('tracked');
    expect(existsSync(join(work, '.git', 'HEAD'))).toBe(true);
    // A parent that is a file is a usage error, not a crash.
    writeFileSync(join(holder, 'afile'), 'x');
    expect(build(ledger, join(holder, 'afile', 'sub')).status).toBe(2);
    // A folder with an index.html of its own is not taken for an earlier build.
    const pages = join(tempDir('build-'), 'docs');
    mkdirSync(pages);
    writeFileSync(join(pages, 'index.html'), 'hand-written');
    expect(build(ledger, pages).status).toBe(2);
    expect(readFileSync(join(pages, 'index.html'), 'utf8')).toBe('hand-written');
  });

  it('keeps the previous site whole when a build is killed half-way, and the next build cleans up', async () => {
    const ledger = tempLedger({ '2026/11/2611-0427.md': VALID });
    const parent = tempDir('build-');
    const out = join(parent, 'site');
    expect(build(ledger, out).status).toBe(0);
    const before = readFileSync(join(out, 'c/2611-0427.html'), 'utf8');
    // Killed once the staging folder holds Astro's first files.
    const child = spawn(process.execPath, ['src/cli/build.ts', '--ledger', ledger, '--out', out, '--now', NOW], { stdio: 'ignore' });
    await expect.poll(() => readdirSync(parent).some((n) => n.startsWith('.site.new-') && readdirSync(join(parent, n)).length > 0), { timeout: 30_000, interval: 20 }).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(readFileSync(join(out, 'c/2611-0427.html'), 'utf8')).toBe(before);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    // The next build needs no --force and leaves nothing of its own beside the output; a folder
    // that merely looks like its leftovers is not touched.
    mkdirSync(join(parent, '.site.old-mine'));
    const r = build(ledger, out);
    expect(r.status, r.stderr).toBe(0);
    await expect.poll(() => readdirSync(parent).sort(), { timeout: 15_000 }).toEqual(['.site.old-mine', 'site']);
  }, 60_000);

  it('builds nothing from an invalid ledger and says why', () => {
    const ledger = tempLedger({ '2026/11/2611-0427.md': vary(VALID, /^category: .*$/m, 'category: nope') });
    const out = join(tempDir('build-'), 'site');
    const r = build(ledger, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('2611-0427.md');
    expect(r.stderr).toContain('category');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

describe('search index', () => {
  const setup = async () => {
    const { prepareSiteData } = await import('../src/site/lib/data.ts');
    const { parseFrontmatter } = await import('../src/core/frontmatter.ts');
    const { recordSchema } = await import('../src/core/record.ts');
    const { sampleConfig } = await import('./helpers.ts');
    return prepareSiteData(sampleConfig(), [{ file: 'x.md', data: recordSchema.parse(parseFrontmatter(VALID).data), body: '碗' }], Date.parse(NOW), true);
  };

  it('fails loudly, not silently, when Pagefind cannot write its index (so the build fails)', async () => {
    const { buildSearchIndex } = await import('../src/adapters/search-index.ts');
    const data = await setup();
    // The index folder is a file: refused before Pagefind starts.
    const a = tempDir('search-');
    writeFileSync(join(a, 'pagefind'), 'not a folder');
    await expect(buildSearchIndex(a, data)).rejects.toThrow(/EEXIST|ENOTDIR/);
    // A file deep inside: Pagefind's service crashes without answering; the deadline turns that into an error.
    const b = tempDir('search-');
    mkdirSync(join(b, 'pagefind'));
    writeFileSync(join(b, 'pagefind', 'fragment'), 'not a folder');
    await expect(buildSearchIndex(b, data, 5000)).rejects.toThrow(/did not finish the search index/);
  }, 20_000);

  it('indexes into a writable folder', async () => {
    const { buildSearchIndex } = await import('../src/adapters/search-index.ts');
    const ok = tempDir('search-');
    await expect(buildSearchIndex(ok, await setup())).resolves.toEqual({ complaints: 1, pages: 0 });
    expect(existsSync(join(ok, 'pagefind/pagefind.js'))).toBe(true);
  });
});
