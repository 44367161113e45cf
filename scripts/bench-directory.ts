// One directory-search benchmark run against the database the environment
// names (DATABASE_URL, or PGlite at PGLITE_DIR). Started by scripts/bench.ts.
import { getHandle } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { anonymousCtx } from "@/domain/context";
import { searchDirectory } from "@/domain/directory/search";

import { summarise } from "./bench-stats";

const handle = await getHandle();
await prepareDatabase(handle.db, { demo: true });
const ctx = anonymousCtx("zh-CN");

// What residents type: villages (hanzi, pinyin, partial), names, badges, units.
const queries = [
  "王庄村",
  "王庄",
  "wangzhuang",
  "wangzhuangcun",
  "李楼",
  "zhang wei",
  "zhangwei",
  "Huang",
  "建国",
  "040001",
  "0412",
  "城关",
  "芦湾派出所",
  "luwan",
  "村",
  "zzzz",
];
for (let i = 0; i < 3; i++) for (const q of queries) await searchDirectory(ctx, { q });

const rounds = Number(process.env.BENCH_ROUNDS ?? 40);
const samples: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const q of queries) {
    const started = performance.now();
    await searchDirectory(ctx, { q });
    samples.push(performance.now() - started);
  }
}
const unitSamples: number[] = [];
for (let round = 0; round < rounds; round++) {
  const started = performance.now();
  await searchDirectory(ctx, { unit: "luwan-station", show: "officers" });
  unitSamples.push(performance.now() - started);
}
console.log(JSON.stringify({ driver: handle.driver, search: summarise(samples), unitFilter: summarise(unitSamples) }));
await handle.close();
