import "server-only";

import { Column, is, type SQL } from "drizzle-orm";
import type { Sql } from "postgres";

import type { Db } from "./client";

type Field = Column | SQL | SQL.Aliased;

/** A column decodes its driver value as drizzle does; an SQL field comes back as the driver gives it (no mapWith). */
function decoderOf(field: Field): (value: unknown) => unknown {
  return is(field, Column) ? (value) => field.mapFromDriverValue(value) : (value) => value;
}

/**
 * The rows of a select that drizzle built from `columns`, decoded by each
 * column as drizzle decodes them (SQL fields as the driver gives them), with the driver's own result array emptied
 * before they are returned, so that the rows are reachable from the caller
 * alone. For reads of many batches (open-data downloads).
 *
 * Why: postgres.js resolves each query with its result array, and finished
 * queries stay reachable to the young-generation collector for longer than a
 * batch takes (not found where; a plain loop of postgres.js queries shows it,
 * without Next.js, drizzle or this project's code). Every batch's rows then
 * survived two scavenges and were promoted to the old generation, to wait
 * there as garbage for a full collection: the first download of 100,000
 * published replies grew a fresh server's heap by about 95 MB. Emptying the
 * array after copying the rows out cut what the same plain loop promotes from
 * 1–4 MB per scavenge to under 0.1 MB.
 */
export async function releasedRows<C extends Record<string, Field>>(
  db: Db,
  columns: C,
  query: { toSQL(): { sql: string; params: unknown[] } },
): Promise<{ [K in keyof C]: unknown }[]> {
  // Both databases are reached through postgres.js (db/client.ts); drizzle keeps its client here.
  const client = (db as unknown as { $client: Sql }).$client;
  const { sql, params } = query.toSQL();
  // Unnamed statements, as drizzle runs its selects.
  const result = await client.unsafe(sql, params as never[], { prepare: false }).values();
  const values: unknown[][] = result.slice();
  result.length = 0;
  const names = Object.keys(columns) as (keyof C & string)[];
  const decoders = names.map((name) => decoderOf(columns[name]!));
  return values.map(
    (row) =>
      Object.fromEntries(names.map((name, i) => [name, row[i] === null ? null : decoders[i]!(row[i])])) as {
        [K in keyof C]: unknown;
      },
  );
}
