// `npm run bench`: performance budgets, measured on this machine.
// Directory search with the full demo bureau (3,706 villages, 658 officers),
// on a throwaway PostgreSQL 15 and on PGlite (the `npm start` default); then,
// on the same PostgreSQL, request submissions and the staff queue with
// 100,000 and 1,000,000 requests in the table; then the public pages over
// HTTP with those 1,000,000 requests behind them, side by side with a bare
// Next.js page, on PostgreSQL (one and two servers) and on PGlite; and the
// server's memory while it streams 100,000 published replies as open data.
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";

import { startCluster, stopOnExit } from "../tests/helpers/pg-cluster";
import type { Summary } from "./bench-stats";

const root = path.resolve(import.meta.dirname, "..");
// p95 server time budgets in milliseconds.
const budgets = { postgres: 25, pglite: 60 };
// The staff queue at 1,000,000 requests: p95 per case, and how much slower
// than at 100,000 it may be (it must not grow with the table).
const queueBudget = { p95: 150, ratio: 3 };
// Public pages: throughput at least this share of a bare dynamic Next.js page's; HTML size; latency at a fixed rate.
const pageBudget = { ratio: 0.6, htmlBytes: 8 * 1024, fixedRateP95: 150, twoServers: 1.3, cacheSeenMs: 1000 };
const submissionBudget = 200;
// Streaming 100,000 published replies may grow the server's RSS by this much at most (MB): "a few".
const openDataBudgetMb = 8;

function run(script: string, env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", script], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${script} failed`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!);
}

const started = performance.now();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const loadBefore = load();
const cluster = await startCluster();
stopOnExit(cluster);
const results = [
  run("scripts/bench-directory.ts", { DATABASE_URL: cluster.url }),
  run("scripts/bench-directory.ts", { PGLITE_DIR: "memory://bench" }),
];
const requests = run("scripts/bench-requests.ts", { DATABASE_URL: cluster.url });
const pages = process.env.BENCH_SKIP_PAGES === "1" ? null : run("scripts/bench-pages.ts", { BENCH_DATABASE_URL: cluster.url });
const openData = run("scripts/bench-open-data.ts", { DATABASE_URL: cluster.url });
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

type Submission = { n: number; concurrency: number; seconds: number; perSecond: number };
const { sequential, concurrent } = requests.submissions as { sequential: Submission; concurrent: Submission };
console.log(`\nRequest submissions (submitFeedback: ${sequential.n} problem reports from real villages, no attachments; PostgreSQL 15)`);
console.log(`submitters | seconds | requests/s | budget`);
for (const s of [sequential, concurrent]) {
  const budgeted = s === concurrent;
  const ok = !budgeted || s.perSecond >= submissionBudget;
  failed ||= !ok;
  console.log(
    `${String(s.concurrency).padEnd(10)} | ${String(s.seconds).padEnd(7)} | ${String(s.perSecond).padEnd(10)} | ${budgeted ? `≥ ${submissionBudget} ${ok ? "ok" : "UNDER BUDGET"}` : "—"}`,
  );
}

type Generation = { rows: number; seconds: number; rowsPerSecond: number };
console.log("\nGenerated requests (INSERT … SELECT … FROM generate_series, each with its event)");
for (const g of requests.generation as Generation[]) {
  console.log(
    `${g.rows.toLocaleString("en").padStart(9)} rows in ${String(g.seconds).padStart(5)} s: ${g.rowsPerSecond.toLocaleString("en")} rows/s`,
  );
}

type QueueResult = Summary & { total: string | null };
const [small, large] = (requests.sizes as number[]).map((size) => requests.queue[size] as Record<string, QueueResult>);
console.log(
  `\nStaff queue (ms per call, ${large!["queue counts"]!.n} rounds after 3 warm-up; budget at 1M: p95 ≤ ${queueBudget.p95} ms and ≤ ${queueBudget.ratio}× the 100k p95)`,
);
console.log("case                       | rows at 1M | 100k p50/p95  | 1M p50/p95    | ratio p95 |");
for (const [name, at1M] of Object.entries(large!)) {
  const at100k = small![name]!;
  const ratio = at1M.p95 / at100k.p95;
  const ok = at1M.p95 <= queueBudget.p95 && ratio <= queueBudget.ratio;
  failed ||= !ok;
  const rows = at1M.total ?? "—";
  console.log(
    `${name.padEnd(26)} | ${rows.padEnd(10)} | ${`${at100k.p50}/${at100k.p95}`.padEnd(13)} | ${`${at1M.p50}/${at1M.p95}`.padEnd(13)} | ${ratio.toFixed(2).padEnd(9)} | ${ok ? "ok" : "OVER BUDGET"}`,
  );
}

type PageRow = { page: string; rps: number; rendered: number; bare: number; ratio: number; renderedRatio: number; errors: number };
if (pages) {
  console.log(
    `\nPublic pages over HTTP (${pages.connections} connections, ${pages.seconds} s each, asking for gzip, load generator on the same machine; ratio to a bare force-dynamic Next.js page measured right after; budget ≥ ${pageBudget.ratio} as residents get the page; "rendered" bypasses the page cache)`,
  );
  console.log(
    "page                     | PostgreSQL req/s | rendered | bare | ratio | rendered | PGlite req/s | rendered | bare | ratio | rendered |",
  );
  const pgliteRows = pages.pglite as PageRow[];
  for (const [i, row] of (pages.postgres as PageRow[]).entries()) {
    const lite = pgliteRows[i]!;
    const ok = row.ratio >= pageBudget.ratio && lite.ratio >= pageBudget.ratio && row.errors === 0 && lite.errors === 0;
    failed ||= !ok;
    const columns = (r: PageRow) =>
      [
        String(r.rps).padEnd(r === row ? 16 : 12),
        String(r.rendered).padEnd(8),
        String(r.bare).padEnd(4),
        r.ratio.toFixed(2).padEnd(5),
        r.renderedRatio.toFixed(2).padEnd(8),
      ].join(" | ");
    console.log(`${row.page.padEnd(24)} | ${columns(row)} | ${columns(lite)} | ${ok ? "ok" : "UNDER BUDGET"}`);
  }
  const sizes = pages.sizes as { track: number; feedback: number; bare: number };
  const sizesOk = sizes.track <= pageBudget.htmlBytes && sizes.feedback <= pageBudget.htmlBytes;
  failed ||= !sizesOk;
  console.log(
    `HTML, gzipped: /track ${sizes.track} B, /feedback ${sizes.feedback} B (budget ${pageBudget.htmlBytes} B; bare page ${sizes.bare} B) ${sizesOk ? "ok" : "OVER BUDGET"}`,
  );
  const fixed = pages.fixedRate as { rate: number; p50: number; p95: number; p99: number; errors: number };
  const fixedOk = fixed.p95 < pageBudget.fixedRateP95 && fixed.errors === 0;
  failed ||= !fixedOk;
  console.log(
    `Fixed ${fixed.rate} req/s across the public pages, 1,000,000 requests in PostgreSQL: p50 ${fixed.p50} ms, p95 ${fixed.p95} ms, p99 ${fixed.p99} ms (budget p95 < ${pageBudget.fixedRateP95} ms) ${fixedOk ? "ok" : "OVER BUDGET"}`,
  );
  const two = pages.twoServers as { page: string; one: number; two: number; ratio: number };
  const twoOk = two.ratio >= pageBudget.twoServers;
  failed ||= !twoOk;
  console.log(
    `Two servers on one PostgreSQL (${two.page}, rendered every time): ${two.two} req/s against ${two.one} for one, ${two.ratio}× (budget ≥ ${pageBudget.twoServers}) ${twoOk ? "ok" : "UNDER BUDGET"}`,
  );
  const seen = pages.cacheSeenAfterMs as number | null;
  const seenOk = seen !== null && seen <= pageBudget.cacheSeenMs;
  failed ||= !seenOk;
  console.log(
    `A directory change written by another server shows on this one's officer page after ${seen ?? "—"} ms (budget ${pageBudget.cacheSeenMs} ms) ${seenOk ? "ok" : "TOO SLOW"}`,
  );
}

type OpenDataDownload = {
  rows: number;
  file: string;
  round: number;
  status: number;
  bytes: number;
  seconds: number;
  rssBeforeMb: number;
  growthMb: number;
  partsGrowthMb: { heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
};
console.log(`\nOpen data: ${openData.published.toLocaleString("en")} published replies streamed by a production server (PostgreSQL 15)`);
console.log(
  "(round 1 on a fresh server; growth at peak over the level before; heap and external as the server's process.memoryUsage() reports them)",
);
console.log(
  "rows    | file          | round | status | MB    | seconds | RSS before MB | RSS growth MB | heap total/used MB | external MB | budget",
);
for (const d of openData.downloads as OpenDataDownload[]) {
  const ok = d.status === 200 && d.growthMb <= openDataBudgetMb;
  failed ||= !ok;
  const heap = `+${d.partsGrowthMb.heapTotal} / +${d.partsGrowthMb.heapUsed}`;
  console.log(
    `${String(d.rows).padEnd(7)} | ${d.file.padEnd(13)} | ${String(d.round).padEnd(5)} | ${String(d.status).padEnd(6)} | ${(d.bytes / 1024 / 1024).toFixed(1).padEnd(5)} | ${String(d.seconds).padEnd(7)} | ${String(d.rssBeforeMb).padEnd(13)} | ${String(d.growthMb).padEnd(13)} | ${heap.padEnd(18)} | ${("+" + d.partsGrowthMb.external).padEnd(11)} | ≤ ${openDataBudgetMb} ${ok ? "ok" : "OVER BUDGET"}`,
  );
}

const minutes = (performance.now() - started) / 60_000;
console.log(`\nBench finished in ${minutes.toFixed(1)} min (load average before ${loadBefore}, after ${load()}).`);
process.exit(failed ? 1 : 0);
