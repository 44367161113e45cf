import "server-only";

import { sql } from "drizzle-orm";

import { getDb, type Db } from "@/db/client";

/** True when the database answers within the time limit. */
export async function databaseIsReachable(options: { db?: Db; timeoutMs?: number } = {}): Promise<boolean> {
  const { timeoutMs = 3000 } = options;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (options.db ? Promise.resolve(options.db) : getDb())
    .then((db) => db.execute(sql`select 1`))
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
