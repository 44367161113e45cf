// `npm run bench:generate -- 1000000`: bulk-loads realistic requests into the
// PostgreSQL at DATABASE_URL with the generator the demo history uses too
// (db/seed/generate-requests.ts).
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";

import { getHandle } from "@/db/client";
import { generateRequests } from "@/db/seed/generate-requests";
import { env } from "@/lib/core/env";

export { generateRequests };

async function main() {
  const count = Number(process.argv[2] ?? "");
  if (!Number.isInteger(count) || count <= 0) throw new Error("usage: npm run bench:generate -- <count>");
  if (!env.databaseUrl) throw new Error("DATABASE_URL is not set: the generator writes to PostgreSQL only");
  const handle = await getHandle();
  const result = await generateRequests(handle.db, count);
  await handle.db.execute(sql`vacuum (analyze) requests, request_events`);
  console.log(
    `${result.rows.toLocaleString("en")} requests in ${result.seconds.toFixed(1)} s (${result.rowsPerSecond.toLocaleString("en")} rows/s)`,
  );
  await handle.close();
}

// Run as a command, not when imported by the benchmark.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
