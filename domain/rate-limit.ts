import "server-only";

import { and, eq, gt, sql } from "drizzle-orm";

import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";

import { RateLimitedError } from "./errors";

export type Limit = { key: string; max: number; windowSeconds: number };

/** Refuses when any of the limits has been used up; counters live in PostgreSQL, shared by all servers. */
export async function assertNotLimited(db: Db, limits: Limit[]): Promise<void> {
  for (const limit of limits) {
    const [row] = await db
      .select({ hits: rateLimits.hits, resetAt: rateLimits.resetAt })
      .from(rateLimits)
      .where(and(eq(rateLimits.key, limit.key), gt(rateLimits.resetAt, sql`now()`)));
    if (row && row.hits >= limit.max) throw new RateLimitedError(Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
  }
}

/** Counts one attempt against each limit, starting a fresh window where the old one has run out. */
export async function recordHit(db: Db, limits: Limit[]): Promise<void> {
  for (const { key, windowSeconds } of limits) {
    const resetAt = sql`now() + make_interval(secs => ${windowSeconds})`;
    await db
      .insert(rateLimits)
      .values({ key, hits: 1, resetAt })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          hits: sql`case when ${rateLimits.resetAt} <= now() then 1 else ${rateLimits.hits} + 1 end`,
          resetAt: sql`case when ${rateLimits.resetAt} <= now() then ${resetAt} else ${rateLimits.resetAt} end`,
        },
      });
  }
}
