/**
 * A small seeded PRNG (mulberry32) fed by a string hash (FNV-1a): the simulator's only source of
 * chance, so the same seed and the same submission always draw the same numbers.
 */
export type Random = () => number;

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function seededRandom(seed: string): Random {
  return mulberry32(hashString(seed));
}

/** The generator itself, from a number (tests and benchmarks seed it with one). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
