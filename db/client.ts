import "server-only";

import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

import { env } from "@/lib/core/env";

import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Handle = { db: Db; driver: "postgres" | "pglite"; close: () => Promise<void> };

/** Opens a database: the postgres driver for a URL, PGlite for a folder. */
export async function openDatabase(target: { url: string } | { dir: string }): Promise<Handle> {
  if ("url" in target) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(target.url, { onnotice: () => {}, max: 10, connect_timeout: 5 });
    const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
    return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  if (!target.dir.startsWith("memory://")) mkdirSync(path.dirname(target.dir), { recursive: true });
  const client = new PGlite(target.dir, { extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;
  return { db, driver: "pglite", close: () => client.close() };
}

// One opener per process: PGlite must never be opened twice on one folder.
const holder = globalThis as unknown as { __safeCityDb?: Promise<Handle> };

export function getHandle(): Promise<Handle> {
  holder.__safeCityDb ??= openDatabase(env.databaseUrl ? { url: env.databaseUrl } : { dir: env.pgliteDir });
  return holder.__safeCityDb;
}

export async function getDb(): Promise<Db> {
  return (await getHandle()).db;
}
