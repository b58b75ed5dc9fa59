// Shared test helpers: a valid record to vary, temp ledgers on real disk, the sample config.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadConfig } from '../src/adapters/config-file.ts';
import type { ConfigIndex } from '../src/core/config.ts';

export const NOW = Date.parse('2026-12-03T09:00:00+08:00');

export function sampleConfig(): ConfigIndex {
  const { config, problems } = loadConfig('jiesu.config.yaml');
  if (!config) throw new Error(JSON.stringify(problems));
  return config;
}

/** A valid, resolved external canteen complaint. */
export const VALID = `---
id: 2611-0427
title: 第一食堂面食窗口塑料碗内有黑色污渍
received_at: 2026-11-03T12:40:00+08:00
channel: onsite
source: suggestion-box
complainant: student
occurred_at: 2026-11-03T12:10:00+08:00
place:
  building: canteen-1
  window: 面食窗口
  detail: 二楼东侧
category: canteen-hygiene
urgency: general
responsibility: external
contractor: hefeng-catering
demand: improvement
demand_detail: 希望彻查餐具清洗流程
owner: catering-duty
teams:
  - catering
status: closed
timeline:
  - at: 2026-11-03T12:40:00+08:00
    status: received
  - at: 2026-11-03T13:05:00+08:00
    status: acknowledged
    note: 已收到,正在核实
    public: true
  - at: 2026-11-03T15:00:00+08:00
    status: in_progress
    team: catering
    note: 已通知承包商检查洗碗机
    public: true
  - at: 2026-11-04T10:00:00+08:00
    note: 洗碗机滤网堵塞,内部协调更换
  - at: 2026-11-04T16:30:00+08:00
    status: resolved
    note: 已清理滤网并更换破损餐碗,抽检合格
    public: true
  - at: 2026-11-10T10:00:00+08:00
    status: closed
satisfaction:
  at: 2026-11-06T10:00:00+08:00
  result: satisfied
---
中午在二楼东侧面食窗口打饭,塑料碗内壁有一圈黑色污渍,换了两个碗都一样。
`;

/** A new directory under the test run's temporary root (removed by the global teardown). */
export function tempDir(prefix: string): string {
  const parent = process.env.JIESU_TEST_TMP ?? tmpdir();
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** Writes files (relative path → text) under a new temp dir; returns the dir. */
export function tempLedger(files: Record<string, string>): string {
  const root = tempDir('ledger-');
  for (const [rel, text] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return root;
}

/** Replaces one line-anchored "key: value" (first match) in the VALID record. */
export function vary(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`vary: ${String(from)} not found`);
  return out;
}
