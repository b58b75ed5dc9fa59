// The parallel load (a child process for part of the files) must give exactly what the
// single-threaded load gives: same records in the same order, same problems, duplicates across shares.
import { describe, it, expect } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { loadLedger, loadLedgerParallel } from '../src/adapters/ledger.ts';
import { generateLedger } from '../src/sample/generate.ts';
import { serializeRecord } from '../src/core/serialize.ts';
import { NOW, sampleConfig, tempDir } from './helpers.ts';

const config = sampleConfig();

describe('loadLedger', () => {
  it('resolves links to a record that fails its schema instead of calling them unknown', () => {
    const [a, b] = generateLedger({ config: config.config, seed: 3, count: 2, from: '2026-11-01T00:00:00+08:00', to: '2026-11-20T00:00:00+08:00' });
    const dir = tempDir('links-');
    mkdirSync(join(dir, '2026/11'), { recursive: true });
    writeFileSync(join(dir, a!.path.replace(/^complaints\//, '')), serializeRecord(a!.data, a!.body).replace(/^urgency: .*$/m, 'urgency: very'));
    writeFileSync(join(dir, b!.path.replace(/^complaints\//, '')), serializeRecord({ ...b!.data, related: [a!.data.id] }, b!.body));
    const l = loadLedger({ dir, config, now: NOW });
    expect(l.problems.map((p) => `${p.field}:${p.rule}`)).toEqual(['urgency:schema']);
  });
});

describe('loadLedgerParallel', () => {
  it('matches the single-threaded load, problems in every share included', async () => {
    const dir = tempDir('parallel-');
    const records = generateLedger({ config: config.config, seed: 11, count: 4500, from: '2025-11-01T00:00:00+08:00', to: '2026-12-03T09:00:00+08:00' });
    for (const r of records) {
      const p = join(dir, r.path.replace(/^complaints\//, ''));
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, serializeRecord(r.data, r.body));
    }
    // A broken record early (main thread's share), one late (the child's), and the same id twice across both.
    const [first, last] = [records[3]!, records[records.length - 5]!];
    writeFileSync(join(dir, first.path.replace(/^complaints\//, '')), serializeRecord({ ...first.data, category: 'no-such-category' }, first.body));
    writeFileSync(join(dir, last.path.replace(/^complaints\//, '')), serializeRecord({ ...last.data, owner: 'nobody-here' }, last.body));
    const copy = join(dir, '2026/12', `${first.data.id}.md`);
    writeFileSync(copy, serializeRecord(first.data, first.body));

    const one = loadLedger({ dir, config, now: NOW });
    const many = await loadLedgerParallel({ dir, config, now: NOW, workers: 2 });
    expect(many.files).toBe(4501);
    expect(many.complaints.length).toBe(one.complaints.length);
    expect(many.complaints.map((c) => c.data.id)).toEqual(one.complaints.map((c) => c.data.id));
    expect(many.complaints.at(-1)).toEqual(one.complaints.at(-1));
    expect(many.problems).toEqual(one.problems);
    expect(new Set(many.problems.map((p) => p.rule))).toEqual(new Set(['unknown-category', 'unknown-owner', 'path', 'duplicate-id']));

    const only = await loadLedgerParallel({ dir, config, now: NOW, workers: 2, problemsOnly: true });
    expect(only.complaints).toEqual([]);
    expect(only.problems).toEqual(one.problems);
  });
});
