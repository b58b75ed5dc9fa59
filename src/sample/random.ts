// Seeded randomness for the sample generator. Every random choice goes through the one Rng made
// from the seed, so the sequence of draws *is* the output: moving, adding or skipping a single draw
// anywhere changes every record after it. Keep the order of calls when editing any module here.

/** mulberry32: tiny, fast, good enough for sample data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A weighted choice prepared once: cumulative weights for a binary search. */
export interface Table<T> {
  items: T[];
  cum: number[];
}
export function table<T>(xs: ReadonlyArray<readonly [T, number]>): Table<T> {
  let total = 0;
  return { items: xs.map(([v]) => v), cum: xs.map(([, w]) => (total += w)) };
}

export interface Rng {
  draw<T>(t: Table<T>): T;
  next(): number;
  int(lo: number, hi: number): number;
  between(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  weighted<T>(xs: ReadonlyArray<readonly [T, number]>): T;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    between: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    draw: (t) => {
      const x = next() * t.cum[t.cum.length - 1]!;
      let lo = 0, hi = t.cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.cum[mid]! > x) hi = mid; else lo = mid + 1;
      }
      return t.items[lo]!;
    },
    weighted: (xs) => {
      let total = 0;
      for (const [, w] of xs) total += w;
      let x = next() * total;
      for (const [v, w] of xs) if ((x -= w) < 0) return v;
      return xs[xs.length - 1]![0];
    },
  };
  return rng;
}
