import "server-only";

import type { SQL } from "drizzle-orm";

import type { Db, Tx } from "./client";

/** Raw SQL rows on either driver: postgres.js returns an array, PGlite `{ rows }`. */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
