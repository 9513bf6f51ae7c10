// Seeded pseudo-random numbers for the synthetic data. Every commune gets its own stream, keyed by
// the seed and its position, so a commune's rows do not depend on how many communes came before it
// or on the batch it is written in (and one commune can be generated alone in a unit test).
import { must } from "../../lib/must";

/** 32-bit hash of a string (xmur3): turns "seed/commune/7" into the state of a stream. */
function hashString(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One key of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** 32 hex characters, shaped like the app's own ids (lib/ids.ts). */
  id(): string;
};

/** sfc32: small, fast and good enough for test data; seeded from the hashed key. */
export function createRng(key: string): Rng {
  const seed = hashString(key);
  let a = seed();
  let b = seed();
  let c = seed();
  let d = seed();
  const next32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32(); // warm up: the first outputs of sfc32 are weak

  const rng: Rng = {
    next: () => next32() / 4294967296,
    int: (min, max) => min + Math.floor(rng.next() * (max - min + 1)),
    chance: (p) => rng.next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick() trên danh sách rỗng");
      return must(items[Math.floor(rng.next() * items.length)], "next() < 1 nên chỉ số nằm trong danh sách");
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights & string, number][];
      const total = entries.reduce((n, [, w]) => n + w, 0);
      let r = rng.next() * total;
      for (const [k, w] of entries) {
        r -= w;
        if (r < 0) return k;
      }
      // Rounding can leave r a hair above 0 after the last weight: that last key is the pick.
      const lastEntry = entries.at(-1);
      if (!lastEntry) throw new Error("weighted() trên bảng trọng số rỗng");
      return lastEntry[0];
    },
    id: () => {
      let s = "";
      for (let i = 0; i < 4; i++) s += next32().toString(16).padStart(8, "0");
      return s;
    },
  };
  return rng;
}
