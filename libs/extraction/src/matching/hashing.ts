// 32-bit hashing for shingles, MinHash and LSH bands. Plain integer arithmetic
// (Math.imul, shifts): the same values on every platform and every run, so
// signatures stored in a database stay comparable with new ones.

/** MurmurHash3's finaliser: a bijection on 32-bit integers that spreads each input bit over all output bits. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over the UTF-16 code units, then mixed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix32(hash);
}

/** Hash of an ordered pair of hashes: a bigram from its two words ("a b" ≠ "b a"). */
export function hashPair(first: number, second: number): number {
  return mix32((Math.imul(first, 0x9e3779b1) + second) >>> 0);
}

/** SplitMix32: a small seeded generator of well-spread 32-bit integers, for fixed hash coefficients. */
export function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}
