import "server-only";

import type { SQL } from "drizzle-orm";

import type { Db, Tx } from "./client";

/** Raw SQL, typed rows (both databases are reached through the postgres driver, which returns an array). */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  return (await db.execute(query)) as unknown as T[];
}
