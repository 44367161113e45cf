// `npm run bench`: performance budgets, measured on this machine.
// Directory search with the full demo bureau (3,706 villages, 658 officers),
// on a throwaway PostgreSQL 15 and on PGlite (the `npm start` default).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { startCluster, stopOnExit } from "../tests/helpers/pg-cluster";

const root = path.resolve(import.meta.dirname, "..");
// p95 server time budgets in milliseconds.
const budgets = { postgres: 25, pglite: 60 };

function run(script: string, env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", script], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.status !== 0) throw new Error(`${script} failed`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

const cluster = await startCluster();
stopOnExit(cluster);
const results = [
  run("scripts/bench-directory.ts", { DATABASE_URL: cluster.url }),
  run("scripts/bench-directory.ts", { PGLITE_DIR: "memory://bench" }),
];
cluster.stop();

let failed = false;
console.log("\nDirectory search (server time per query, ms)");
console.log("driver    | queries | p50   | p95   | max   | budget p95 | unit filter p50/p95");
for (const r of results) {
  const budget = budgets[r.driver as keyof typeof budgets];
  const ok = r.search.p95 <= budget && r.unitFilter.p95 <= budget;
  failed ||= !ok;
  console.log(
    `${r.driver.padEnd(9)} | ${String(r.search.n).padEnd(7)} | ${String(r.search.p50).padEnd(5)} | ${String(r.search.p95).padEnd(5)} | ${String(r.search.max).padEnd(5)} | ${String(budget).padEnd(10)} | ${r.unitFilter.p50}/${r.unitFilter.p95} ${ok ? "ok" : "OVER BUDGET"}`,
  );
}
process.exit(failed ? 1 : 0);
