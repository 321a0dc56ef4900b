/**
 * A small, fast, seedable PRNG (sfc32, Chris Doty-Humphrey's "small fast counting" generator)
 * and the helpers the generator needs. Every organisation gets its own generator seeded from
 * (seed, index), so any organisation can be produced without producing the ones before it.
 */

/** murmur3's 32-bit finaliser: a cheap, well-mixing bijection on uint32. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Cumulative weights for `Rng.weighted`; the last entry is the total. */
export type CumulativeWeights = Float64Array;

export function cumulative(weights: readonly number[]): CumulativeWeights {
  const out = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => {
    if (!(weight >= 0)) throw new RangeError(`weight ${i} must be a non-negative number`);
    total += weight;
    out[i] = total;
  });
  if (total <= 0) throw new RangeError('weights must not all be zero');
  return out;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream determined by the pair (seed, index) only. */
  constructor(seed: number, index: number) {
    const s = seed >>> 0;
    const i = index >>> 0;
    // index may exceed 2^32 only in theory; fold the high part in so such streams still differ.
    const hi = Math.floor(index / 0x100000000) >>> 0;
    this.a = mix32(s ^ 0x9e3779b9);
    this.b = mix32(i ^ 0x243f6a88);
    this.c = mix32((Math.imul(i, 0x9e3779b1) ^ s ^ mix32(hi)) >>> 0);
    this.d = 1;
    for (let k = 0; k < 12; k++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** Index drawn with the given cumulative weights. */
  weighted(cum: CumulativeWeights): number {
    const n = cum.length;
    const x = this.next() * (cum[n - 1] as number);
    if (n <= 16) {
      // Short tables: a linear scan beats a binary search.
      for (let i = 0; i < n; i++) if (x < (cum[i] as number)) return i;
      return n - 1;
    }
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (x < (cum[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** `count` distinct items (fewer if the list is shorter), in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    const out: T[] = [];
    // n is tiny (≤ 4): a linear "already taken" check beats allocating a Set.
    while (out.length < n) {
      const item = items[this.int(items.length)] as T;
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
}
