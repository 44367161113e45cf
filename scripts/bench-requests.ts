// Request benchmarks against the PostgreSQL at DATABASE_URL, started by
// scripts/bench.ts: submissions per second, then the staff queue with
// 100,000 and with 1,000,000 requests in the table. BENCH_EXPLAIN=1 prints
// EXPLAIN ANALYZE of every query each queue case runs. Progress goes to
// stderr; the last line of stdout is the JSON result.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import { getHandle, type Db } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import * as schema from "@/db/schema";
import { queryRows } from "@/db/sql";
import { refreshStatistics } from "@/db/statistics-refresh";
import { anonymousCtx } from "@/domain/context";
import type { FeedbackFormInput } from "@/domain/requests/feedback-form";
import { listRequestQueue, queueCounts } from "@/domain/requests/staff/queue";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { env } from "@/lib/core/env";
import { sixSmalls } from "@/lib/core/values";

import { ctxFor } from "../tests/helpers/ctx";
import { summarise } from "./bench-stats";
import { generateRequests } from "./generate-requests";

const SUBMISSIONS = 300;
const CONCURRENCY = 16;
const WARM_UP = 3;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const explain = process.env.BENCH_EXPLAIN === "1";
const log = (line: string) => console.error(`  requests: ${line}`);
const round = (value: number) => Math.round(value * 10) / 10;

// With BENCH_EXPLAIN, the app's database handle records the SQL it sends, so
// each case can be replayed under EXPLAIN ANALYZE exactly as the domain wrote it.
const captured: { query: string; params: unknown[] }[] = [];
let capturing = false;
let explainClient: postgres.Sql | undefined;
if (explain) {
  const client = postgres(env.databaseUrl!, { onnotice: () => {}, max: 10 });
  const logger = { logQuery: (query: string, params: unknown[]) => void (capturing && captured.push({ query, params })) };
  const db = drizzle({ client, schema, casing: "snake_case", logger }) as unknown as Db;
  const holder = globalThis as unknown as { __safeCityDb?: ReturnType<typeof getHandle> };
  holder.__safeCityDb = Promise.resolve({ db, driver: "postgres", close: () => client.end({ timeout: 5 }) });
  explainClient = client;
}

const handle = await getHandle();
if (handle.driver !== "postgres") throw new Error("bench-requests needs DATABASE_URL");
const db = handle.db;
await prepareDatabase(db, { demo: true });

// 1. Submissions: problem reports from real villages, no attachments.
const villages = (await queryRows<{ name_zh: string }>(db, sql`select name_zh from areas where kind = 'village' order by id`)).map(
  (r) => r.name_zh,
);
// Residents from many addresses, as in a town: the per-address limit is not what is measured.
const resident = (i: number) => anonymousCtx("zh-CN", `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
const run = randomBytes(4).toString("hex");

function problemReport(label: string, i: number): FeedbackFormInput {
  const village = villages[(i * 7919) % villages.length]!;
  return {
    topic: "problem",
    category: sixSmalls[i % sixSmalls.length],
    subject: `${village}：路灯损坏 ${i}`,
    body: "村口路灯坏了一个星期，晚上看不清路。",
    areaName: village,
    contactEmail: i % 3 === 0 ? "" : `resident${i}@example.test`,
    idempotencyKey: `bench-${label}-${run}-${String(i).padStart(5, "0")}`,
  };
}

async function submitAll(label: string, concurrency: number, count = SUBMISSIONS) {
  let next = 0;
  const submitter = async () => {
    for (let i = next++; i < count; i = next++) await submitFeedback(resident(i), problemReport(label, i));
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, submitter));
  const seconds = (performance.now() - started) / 1000;
  return { n: count, concurrency, seconds: round(seconds), perSecond: round(count / seconds) };
}

await submitAll("warm", 1, 10);
const sequential = await submitAll("seq", 1);
log(`${sequential.perSecond} submissions/s one at a time`);
const concurrent = await submitAll("par", CONCURRENCY);
log(`${concurrent.perSecond} submissions/s with ${CONCURRENCY} submitters`);

// 2. The staff queue at two table sizes.
const moderator = await ctxFor("moderator@demo.test");
const officer = await ctxFor("officer@demo.test");

type QueueCase = { name: string; run: (i: number) => Promise<unknown> };

async function queueCases(generated: number): Promise<QueueCase[]> {
  const page1 = await listRequestQueue(moderator, {});
  const page2 = await listRequestQueue(moderator, { after: page1.next });
  const trackingNumber = (i: number) => `G${String(1 + ((i * 7919) % generated)).padStart(10, "0")}`;
  return [
    { name: "moderator open queue", run: () => listRequestQueue(moderator, {}) },
    { name: "moderator page 3 (cursor)", run: () => listRequestQueue(moderator, { after: page2.next }) },
    { name: "officer unit queue", run: () => listRequestQueue(officer, {}) },
    { name: "hazard + overdue", run: () => listRequestQueue(moderator, { category: "hazard", due: "overdue" }) },
    { name: "tracking number search", run: (i) => listRequestQueue(moderator, { status: "all", q: trackingNumber(i) }) },
    { name: "queue counts", run: () => queueCounts(moderator) },
  ];
}

async function explainCase(c: QueueCase) {
  captured.length = 0;
  capturing = true;
  await c.run(0);
  capturing = false;
  for (const { query, params } of captured) {
    const plan = await explainClient!.unsafe(`explain (analyze, buffers) ${query}`, params as never[]);
    console.error(`\n--- ${c.name}\n${query}\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
  }
}

// Rounds go through every case in turn, so a passing disturbance (a
// checkpoint, another process) spreads over all cases instead of one.
async function measureQueue(generated: number) {
  const cases = await queueCases(generated);
  // What the page would show as its total ("10,000+" when capped); none for the counts.
  const totals = new Map<string, string | null>();
  for (let i = 0; i < WARM_UP; i++) {
    for (const c of cases) {
      const result = (await c.run(i)) as { total?: number; totalCapped?: boolean };
      totals.set(c.name, result.total === undefined ? null : `${result.total.toLocaleString("en")}${result.totalCapped ? "+" : ""}`);
    }
  }
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const c of cases) {
      const started = performance.now();
      await c.run(WARM_UP + i);
      samples.get(c.name)!.push(performance.now() - started);
    }
  }
  if (explain) for (const c of cases) await explainCase(c);
  return Object.fromEntries(cases.map((c) => [c.name, { ...summarise(samples.get(c.name)!), total: totals.get(c.name) ?? null }]));
}

async function growTo(rows: number) {
  const [current] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from requests`);
  const generation = await generateRequests(db, rows - (current?.n ?? 0));
  log(
    `${generation.rows.toLocaleString("en")} generated in ${generation.seconds.toFixed(1)} s (${generation.rowsPerSecond.toLocaleString("en")} rows/s)`,
  );
  // What autovacuum would have done after a bulk load (statistics, the
  // visibility map), and the checkpoint it forces, before any timing.
  const started = performance.now();
  await db.execute(sql`vacuum (analyze) requests, request_events`);
  await db.execute(sql`checkpoint`);
  log(`vacuum analyze and checkpoint ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // The statistics' summary table, rebuilt in full (as after seeding), and then as the background loop brings it up to date.
  const refreshing = performance.now();
  await refreshStatistics(db, { full: true });
  const fullRefresh = (performance.now() - refreshing) / 1000;
  const incremental = performance.now();
  await refreshStatistics(db);
  const recentRefresh = (performance.now() - incremental) / 1000;
  log(`statistics rebuilt in ${fullRefresh.toFixed(1)} s, brought up to date in ${recentRefresh.toFixed(2)} s`);
  const [generated] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from requests where tracking_number >= 'G' and tracking_number < 'H'`,
  );
  return {
    ...generation,
    generated: generated?.n ?? 0,
    statistics: { fullRefresh: round(fullRefresh), recentRefresh: round(recentRefresh) },
  };
}

const sizes = [100_000, 1_000_000];
const generation = [];
const queue: Record<string, Awaited<ReturnType<typeof measureQueue>>> = {};
for (const size of sizes) {
  const grown = await growTo(size);
  generation.push({ rows: grown.rows, seconds: round(grown.seconds), rowsPerSecond: grown.rowsPerSecond, statistics: grown.statistics });
  queue[size] = await measureQueue(grown.generated);
  log(`queue measured at ${size.toLocaleString("en")} requests`);
}

console.log(JSON.stringify({ submissions: { sequential, concurrent }, generation, sizes, queue }));
await handle.close();
