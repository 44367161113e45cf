// Public pages over HTTP, side by side with a bare Next.js page of the same
// version (a force-dynamic page rendering a 50-row table, built here in a
// temporary folder). Started by scripts/bench.ts with the PostgreSQL that
// bench-requests filled with 1,000,000 requests (BENCH_DATABASE_URL).
// Progress goes to stderr; the last line of stdout is the JSON result.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";

import { freePort } from "../tests/helpers/pg-cluster";
import { productionServerEnv, summarise } from "./bench-stats";
import { buildIfStale } from "./build-if-stale.mjs";
import { pageKey } from "./page-cache.mjs";

const root = path.resolve(import.meta.dirname, "..");
const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error("bench-pages needs BENCH_DATABASE_URL");
const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 6);
const CONNECTIONS = 8;
const log = (line: string) => console.error(`  pages: ${line}`);
const temp = mkdtempSync(path.join(tmpdir(), "safe-city-bench-pages-"));
const servers: ChildProcess[] = [];
const cleanUp = () => {
  // Each server leads a process group of its own: `next start` forks.
  for (const server of servers) {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  rmSync(temp, { recursive: true, force: true });
};
process.once("exit", cleanUp);

export const pages = [
  "/",
  "/officers",
  `/officers?q=${encodeURIComponent("王庄村")}`,
  "/units/luwan-station",
  "/track",
  "/feedback",
  "/feedback/replies",
  "/officers.csv",
  "/transparency/statistics",
  "/transparency/statistics.csv",
];

/** The bare comparison app: two files, built with the project's own Next.js (hard-linked node_modules). */
function buildBareApp(): string {
  const dir = path.join(temp, "bare");
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare", private: true, type: "module" }));
  writeFileSync(
    path.join(dir, "app", "layout.tsx"),
    `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}\n`,
  );
  writeFileSync(
    path.join(dir, "app", "page.tsx"),
    `export const dynamic = "force-dynamic";
export default function Page() {
  const rows = Array.from({ length: 50 }, (_, i) => ({ id: i, name: "Row " + i, value: i * 7 }));
  return (<main><h1>Bare</h1><table><tbody>{rows.map((r) => (<tr key={r.id}><td>{r.id}</td><td>{r.name}</td><td>{r.value}</td></tr>))}</tbody></table></main>);
}\n`,
  );
  // Turbopack refuses a symlinked node_modules outside the project: hard links work.
  spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")], { stdio: "inherit" });
  const build = spawnSync("npx", ["next", "build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  if (build.status !== 0) throw new Error("the bare comparison app did not build");
  return dir;
}

async function waitFor(url: string, seconds = 180) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not come up`);
}

async function startApp(env: Record<string, string>): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    env: productionServerEnv(port, env),
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  servers.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`);
  // The first view of each page loads its code and fills the caches.
  for (const page of pages) await fetch(url + page).then((r) => r.arrayBuffer());
  return { url, process: child };
}

async function startBare(dir: string): Promise<string> {
  const port = await freePort();
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  servers.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url);
  return url;
}

function stop(server: ChildProcess) {
  process.kill(-server.pid!, "SIGTERM");
}

type Load = { rps: number; p50: number; p95: number; p99: number; errors: number };

/**
 * An autocannon run with every response's time kept, for exact percentiles:
 * autocannon's own summary jumps from p90 to p97.5, and the budgets are p95
 * (p99 too, so that all three come from the same samples: autocannon's own p99
 * once came out below the p95 measured here).
 */
async function cannon(options: autocannon.Options) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    run.on("response", (_client, _status, _bytes, ms) => times.push(ms));
  });
  const { p50, p95, p99 } = summarise(times);
  return {
    rps: Math.round(result.requests.average),
    p50,
    p95,
    p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

// Every request asks for gzip, as browsers do.
const gzip = { "accept-encoding": "gzip" };
// Any cookie but the language's: the page is rendered for this request, not taken from the page cache.
const rendering = { ...gzip, cookie: "bench=rendered" };

async function load(url: string, options: Partial<autocannon.Options> = {}): Promise<Load> {
  return cannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: gzip, ...options });
}

/**
 * Throughput of each page, each beside a fresh run of the bare page (the machine's speed drifts):
 * as residents get it, and, for the pages scripts/page-cache.mjs keeps, rendered every time.
 */
async function compare(app: string, bare: string) {
  const rows = [];
  for (const page of pages) {
    const ours = await load(app + page);
    const kept = pageKey({ method: "GET", url: page, headers: {} } as IncomingMessage) !== null;
    const rendered = kept ? await load(app + page, { headers: rendering }) : ours;
    const reference = await load(bare);
    const ratio = (rps: number) => Math.round((100 * rps) / reference.rps) / 100;
    rows.push({
      page,
      rps: ours.rps,
      rendered: rendered.rps,
      bare: reference.rps,
      ratio: ratio(ours.rps),
      renderedRatio: ratio(rendered.rps),
      errors: ours.errors + (kept ? rendered.errors : 0),
    });
    log(
      `${page}: ${ours.rps} req/s, rendered ${rendered.rps}, bare ${reference.rps} (${ratio(ours.rps)}, rendered ${ratio(rendered.rps)})`,
    );
  }
  return rows;
}

/** Gzipped size of a page's HTML. */
async function htmlSize(url: string): Promise<number> {
  const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
  const { gzipSync } = await import("node:zlib");
  return gzipSync(Buffer.from(await response.arrayBuffer())).length;
}

log("building the bare comparison page");
const bareDir = buildBareApp();
buildIfStale(root);
const bare = await startBare(bareDir);

log("PostgreSQL: one server");
const pg = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: "on", DATA_DIR: path.join(temp, "pg") });
const postgresRows = await compare(pg.url, bare);
const sizes = { track: await htmlSize(`${pg.url}/track`), feedback: await htmlSize(`${pg.url}/feedback`), bare: await htmlSize(bare) };

// A fixed 40 requests a second across the public pages, with the full table behind them.
log("PostgreSQL: fixed 40 req/s mix");
const mix = await cannon({
  url: pg.url,
  connections: 8,
  overallRate: 40,
  duration: Math.max(SECONDS * 2, 15),
  headers: gzip,
  requests: pages.map((page) => ({ method: "GET" as const, path: page })),
});
const fixedRate = { rate: 40, p50: mix.p50, p95: mix.p95, p99: mix.p99, errors: mix.errors };

// Two processes on one PostgreSQL, load split between them, against one process alone.
log("PostgreSQL: two servers");
const second = await startApp({ DATABASE_URL: databaseUrl, DEMO_DATA: "on", DATA_DIR: path.join(temp, "pg2") });
// Rendered every time: pages from memory would measure the load generator, not the servers.
const twoPage = "/officers";
const one = await load(pg.url + twoPage, { headers: rendering });
const both = await Promise.all(
  [pg.url, second.url].map((url) => load(url + twoPage, { connections: CONNECTIONS / 2, headers: rendering })),
);
const twoServers = {
  page: twoPage,
  one: one.rps,
  two: both[0]!.rps + both[1]!.rps,
  ratio: Math.round((100 * (both[0]!.rps + both[1]!.rps)) / one.rps) / 100,
};

// A change made by one server is seen by the other at once (the directory cache listens for it).
const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
const [officer] = await sql<
  { badge_number: string; phone: string }[]
>`select badge_number, phone from officers where published order by id limit 1`;
await fetch(`${second.url}/officers/${officer!.badge_number}`).then((r) => r.text());
const newPhone = "19900001111";
await sql.begin(async (tx) => {
  await tx`update officers set phone = ${newPhone} where badge_number = ${officer!.badge_number}`;
  await tx`select pg_notify('safe_city_cache', 'directory')`;
});
const changeStarted = performance.now();
let seenAfterMs: number | null = null;
while (performance.now() - changeStarted < 5000) {
  if ((await fetch(`${second.url}/officers/${officer!.badge_number}`).then((r) => r.text())).includes(newPhone)) {
    seenAfterMs = Math.round(performance.now() - changeStarted);
    break;
  }
}
await sql`update officers set phone = ${officer!.phone} where badge_number = ${officer!.badge_number}`;
await sql`select pg_notify('safe_city_cache', 'directory')`;
await sql.end();
stop(second.process);
stop(pg.process);

log("PGlite: one server (demo bureau in a fresh folder)");
const pglite = await startApp({ DATA_DIR: path.join(temp, "pglite") });
const pgliteRows = await compare(pglite.url, bare);
stop(pglite.process);

console.log(
  JSON.stringify({
    seconds: SECONDS,
    connections: CONNECTIONS,
    postgres: postgresRows,
    pglite: pgliteRows,
    sizes,
    fixedRate,
    twoServers,
    cacheSeenAfterMs: seenAfterMs,
  }),
);
cleanUp();
process.exit(0);
