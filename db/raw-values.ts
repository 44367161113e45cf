import "server-only";

import type { Sql } from "postgres";

import type { Db } from "./client";

/**
 * The rows of a select drizzle built, each value as the bytes the database
 * sent (a text value's UTF-8), not decoded: for text that is only passed on,
 * such as the open-data files the database writes (domain/open-data/sql-dataset.ts).
 * Nothing per value reaches the JavaScript heap but a small Buffer view.
 */
export async function rawValues(db: Db, query: { toSQL(): { sql: string; params: unknown[] } }): Promise<(Buffer | null)[][]> {
  // Both databases are reached through postgres.js (db/client.ts); drizzle keeps its client here.
  const client = (db as unknown as { $client: Sql }).$client;
  const { sql, params } = query.toSQL();
  // Unnamed statements, as drizzle runs its selects.
  return client.unsafe(sql, params as never[], { prepare: false }).raw();
}
