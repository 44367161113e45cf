// The villages of the demo bureau's rural stations: how many each covers, and their names.

import { int, pick, range, weighted, type Rng } from "./demo-random";
import { at, SURNAMES, VILLAGE_MODIFIERS, VILLAGE_SUFFIXES, type Word } from "./demo-words";

/** A surname, the common ones more often. */
export const pickSurname = weighted(SURNAMES, (_, i) => 1 / (i + 6)); // Zipf-like
const pickSuffix = weighted(VILLAGE_SUFFIXES, (s) => Number(s.x));

/** Village counts per rural station: uneven, each within 150–300, summing to `total`. */
export function villageCounts(rng: Rng, stations: number, total: number): number[] {
  const counts = range(stations).map(() => int(rng, 160, 290));
  let diff = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % stations) {
    const next = at(counts, i) + Math.sign(diff);
    if (next < 150 || next > 300) continue;
    counts[i] = next;
    diff -= Math.sign(diff);
  }
  return counts;
}

/** Unique village stems ("前王庄", pinyin "qianwangzhuang"); "村" is added later. */
export function villageStems(rng: Rng, n: number): Word[] {
  const seen = new Set<string>();
  const out: Word[] = [];
  while (out.length < n) {
    const mod = rng() < 0.35 ? pick(rng, VILLAGE_MODIFIERS) : null;
    const surname = pickSurname(rng);
    const suffix = pickSuffix(rng);
    const zh = `${mod?.zh ?? ""}${surname.zh}${suffix.zh}`;
    if (seen.has(zh)) continue;
    seen.add(zh);
    out.push({ zh, py: `${mod?.py ?? ""}${surname.py}${suffix.py}`, x: "" });
  }
  return out;
}
