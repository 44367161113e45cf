// The published replies as open data at 100,000 rows: how much the server's
// memory (RSS) grows while it streams them as CSV and as JSON. Started by
// scripts/bench.ts with the PostgreSQL that bench-requests filled
// (DATABASE_URL); tops the requests up with the demo's generator when there
// are too few, publishes 100,000 of them, then serves them from a production
// server of its own. Progress goes to stderr; the last line of stdout is the JSON result.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";

import { getHandle } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { generateRequests } from "@/db/seed/generate-requests";
import { queryRows } from "@/db/sql";
import { env } from "@/lib/core/env";

import { freePort } from "../tests/helpers/pg-cluster";
import { productionServerEnv } from "./bench-stats";
import { buildIfStale } from "./build-if-stale.mjs";

const ROWS = Number(process.env.BENCH_OPEN_DATA_ROWS ?? 100_000);
const root = path.resolve(import.meta.dirname, "..");
const log = (line: string) => console.error(`  open data: ${line}`);
const MB = 1024 * 1024;

const handle = await getHandle();
if (handle.driver !== "postgres" || !env.databaseUrl) throw new Error("bench-open-data needs DATABASE_URL");
const db = handle.db;
await prepareDatabase(db, { demo: true });

const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, query))[0]!.n;
const answerable = await count(sql`select count(*)::int as n from requests where kind <> 'application'`);
// About 92% of generated requests are questions or feedback.
if (answerable < ROWS) await generateRequests(db, Math.ceil(((ROWS - answerable) / 0.9) * 1.02));
const already = await count(sql`select count(*)::int as n from publications where hidden_at is null`);
if (already < ROWS) {
  log(`publishing ${ROWS - already} requests`);
  // Copies of a realistic length: a title, a paragraph from the resident, a paragraph of reply.
  await db.execute(sql`
    insert into publications (request_id, public_title, public_question, public_reply, published_at)
    select id, subject, body || repeat('事情经过：村口道路照明不足，夜间出行不便，希望有关部门尽快处理。', 3),
      '您好！您反映的情况已收到，经核实，辖区派出所已会同村委会处理，' || repeat('并将持续关注后续情况。', 4),
      created_at + interval '2 days'
    from requests where kind <> 'application' and id not in (select request_id from publications)
    order by id limit ${ROWS - already}`);
}
const published = await count(sql`select count(*)::int as n from publications where hidden_at is null`);

// The same measurement at a tenth of the rows as well: growth that follows the file's size is
// memory kept per row; growth that does not is a fixed cost (code, buffers, the heap's sizing).
// The rows past the first n are hidden under a marker time while the smaller file is served.
const benchHidden = "1970-01-01T00:00:00Z";
const showFirst = async (n: number) => {
  await db.execute(sql`update publications set hidden_at = null where hidden_at = ${benchHidden}::timestamptz`);
  await db.execute(sql`
    update publications set hidden_at = ${benchHidden}::timestamptz
    where request_id in (select request_id from publications where hidden_at is null order by published_at, request_id offset ${n})`);
};
const sizes = [...new Set([Math.min(10_000, published), published])];

buildIfStale(root);
// To see where memory goes: BENCH_SERVER_NODE_ARGS=--trace-gc (Node refuses it in NODE_OPTIONS).
const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
const parts = ["heapTotal", "heapUsed", "external", "arrayBuffers"] as const;
type Usage = Record<(typeof parts)[number], number>;

/** A fresh production server; it sends its memoryUsage() every 10 ms over the IPC channel (scripts/memory-sampler.mjs). */
async function startServer() {
  const port = await freePort();
  const server = spawn(process.execPath, [...nodeArgs, "--import", "./scripts/memory-sampler.mjs", "scripts/serve.mjs"], {
    cwd: root,
    env: productionServerEnv(port),
    // The server's output (and --trace-gc's) to stderr when flags are given; the JSON result stays alone on stdout.
    stdio: ["ignore", nodeArgs.length > 0 ? 2 : "ignore", "inherit", "ipc"],
  });
  const stop = () => server.kill("SIGTERM");
  process.once("exit", stop);
  const latest: { usage: Usage | null } = { usage: null };
  const listeners = new Set<(u: Usage) => void>();
  server.on("message", (message) => {
    latest.usage = message as Usage;
    for (const listener of listeners) listener(latest.usage);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let until = Date.now() + 180_000; ;) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > until) throw new Error("the server did not come up");
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const rss = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]) * 1024;
  return { url, rss, latest, listeners, stop };
}
type Server = Awaited<ReturnType<typeof startServer>>;

const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/**
 * Downloads a file while sampling the server's RSS every 10 ms, and its heap
 * and the memory outside it as the server reports them: each one's growth
 * over the level before, at its peak.
 */
async function measure(server: Server, rows: number, file: string, round: number) {
  const before = server.rss();
  const usageBefore = server.latest.usage!;
  let peak = before;
  const peaks = { ...usageBefore };
  const track = (u: Usage) => parts.forEach((part) => (peaks[part] = Math.max(peaks[part], u[part])));
  server.listeners.add(track);
  const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 10);
  const started = performance.now();
  const response = await fetch(`${server.url}/open-data/${file}`);
  let bytes = 0;
  const reader = response.body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  server.listeners.delete(track);
  peak = Math.max(peak, server.rss());
  const result = {
    rows,
    file,
    round,
    status: response.status,
    bytes,
    seconds: Math.round(seconds * 10) / 10,
    rssBeforeMb: Math.round(before / MB),
    growthMb: mb(peak - before),
    /** Growth at peak of each part of process.memoryUsage(): the V8 heap (reserved, used) and memory outside it. */
    partsGrowthMb: Object.fromEntries(parts.map((part) => [part, mb(peaks[part] - usageBefore[part])])) as Usage,
  };
  const partsText = parts.map((part) => `${part} +${result.partsGrowthMb[part]}`).join(", ");
  log(
    `${rows} rows, ${file} (${round}): ${(bytes / MB).toFixed(1)} MB in ${result.seconds} s, RSS ${result.rssBeforeMb} MB + ${result.growthMb} MB (${partsText})`,
  );
  return result;
}

const downloads = [];
for (const rows of sizes) {
  await showFirst(rows);
  const server = await startServer();
  // The code loaded first (a small file in each format, and a "not modified" for the replies), so what grows is the streaming.
  await fetch(`${server.url}/open-data/units.json`).then((r) => r.arrayBuffer());
  await fetch(`${server.url}/open-data/units.csv`).then((r) => r.arrayBuffer());
  // "*" matches any current file: the route's code runs, without a body.
  await fetch(`${server.url}/open-data/replies.csv`, { headers: { "If-None-Match": "*" } });
  // Each file twice: the first downloads of a fresh server also size its heap for the work, once;
  // the second shows whether streaming itself keeps anything.
  for (const round of [1, 2]) for (const file of ["replies.csv", "replies.json"]) downloads.push(await measure(server, rows, file, round));
  server.stop();
}
await showFirst(published);
await handle.close();
console.log(JSON.stringify({ published, downloads }));
process.exit(0);
