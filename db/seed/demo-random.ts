import { at } from "./demo-words";

/** Seeded randomness for the demo bureau: the same seed always gives the same bureau. */

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => at(list, Math.floor(rng() * list.length));
export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
export const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [at(list, j), at(list, i)];
  }
  return list;
}

export function weighted<T>(list: readonly T[], weightOf: (item: T, i: number) => number): (rng: Rng) => T {
  const cumulative: number[] = [];
  let total = 0;
  list.forEach((item, i) => cumulative.push((total += weightOf(item, i))));
  return (rng) => {
    const r = rng() * total;
    let i = 0;
    while (at(cumulative, i) <= r) i++;
    return at(list, i);
  };
}
