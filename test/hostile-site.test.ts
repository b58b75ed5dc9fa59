// Untrusted record text must never run in the browser: build a tiny ledger full of markup and
// check the stamped complaint page in Chromium.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { VALID, tempLedger, tempDir } from './helpers.ts';
import { parseFrontmatter } from '../src/core/frontmatter.ts';
import { recordSchema } from '../src/core/record.ts';
import { serializeRecord } from '../src/core/serialize.ts';
import { serve } from './static-server.ts';

const EVIL_TITLE = '<img src=x onerror="window.__xss=1">碗脏</script><script>window.__xss=2</script>';
const EVIL_NOTE = '"><svg onload="window.__xss=3">已处理';
const EVIL_BODY = '<script>window.__xss=4</script>\n\n[点我](javascript:window.__xss=5) {{ 1+1 }} ${1+1}';

let out: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const data = recordSchema.parse(parseFrontmatter(VALID).data);
  data.title = EVIL_TITLE.slice(0, 80);
  data.timeline[4]!.note = EVIL_NOTE;
  data.place.detail = '<b>二楼</b>';
  const rec = serializeRecord(data, EVIL_BODY);
  const ledger = tempLedger({ '2026/11/2611-0427.md': rec });
  out = join(tempDir('hostile-'), 'site');
  const r = spawnSync(process.execPath, ['src/cli/build.ts', '--out', out, '--now', '2026-12-03T09:00:00+08:00'], {
    encoding: 'utf8', env: { ...process.env, JIESU_LEDGER: ledger },
  });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
  server = await serve(out);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile record text', () => {
  it('is escaped in the stamped HTML', () => {
    const html = readFileSync(join(out, 'c/2611-0427.html'), 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>window.__xss');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
  });

  it('runs nothing in the browser, on the complaint page and the home page', async () => {
    for (const path of ['/c/2611-0427.html', '/', '/en/', '/list/', '/reports/2026-11/']) {
      const page = await browser.newPage();
      let dialog = false;
      page.on('dialog', (d) => { dialog = true; void d.dismiss(); });
      await page.goto(server.url + path);
      await page.waitForTimeout(100);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss), path).toBeUndefined();
      expect(dialog).toBe(false);
      if (path.startsWith('/c/')) {
        expect(await page.textContent('h1')).toContain('<img src=x');
        expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      }
      await page.close();
    }
  });

  it('shows search results as text, with only the search highlights as markup', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/search/?q=' + encodeURIComponent('碗脏 已处理'));
    await expect.poll(() => page.textContent('#search-status'), { timeout: 15_000 }).toMatch(/找到 \d+ 条/);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    const li = page.locator('[data-results] li').first();
    expect(await li.locator('.title').textContent()).toContain('<img src=x');
    expect(await li.locator('img, svg, script').count()).toBe(0);
    await page.close();
  });
});
