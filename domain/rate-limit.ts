import "server-only";

import { and, inArray, sql } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { queryRows } from "@/db/sql";

import { RateLimitedError } from "./errors";

export type Limit = { key: string; max: number; windowSeconds: number };

/**
 * The part of a client address a per-address limit counts: the whole IPv4
 * address, but only the /64 network of an IPv6 one (one household or phone
 * holds a whole /64 and could walk through it address by address).
 */
export function addressBucket(ip: string | null): string {
  if (!ip) return "unknown";
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const front = head ? head.split(":") : [];
  const back = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...front, ...Array(Math.max(8 - front.length - back.length, 0)).fill("0"), ...back] : front;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * Counts one attempt against each limit and refuses once any is used up.
 * Each count is one upsert that returns the new total, so parallel attempts
 * are counted one after another by PostgreSQL's row lock: 24 attempts at once
 * against a limit of 10 let exactly 10 through, on any number of servers.
 * (rate-limiter-flexible does the same with a table of its own; one statement
 * on ours is all it takes.)
 */
export async function consumeLimits(db: Db | Tx, limits: readonly Limit[]): Promise<void> {
  let refusedFor = 0;
  for (const { key, max, windowSeconds } of limits) {
    const [row] = await queryRows<{ hits: number; retry_after: number }>(
      db,
      sql`insert into rate_limits (key, hits, reset_at)
          values (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
          on conflict (key) do update set
            hits = case when rate_limits.reset_at <= now() then 1 else rate_limits.hits + 1 end,
            reset_at = case when rate_limits.reset_at <= now() then excluded.reset_at else rate_limits.reset_at end
          returning hits, ceil(extract(epoch from reset_at - now()))::int as retry_after`,
    );
    if (row && row.hits > max) refusedFor = Math.max(refusedFor, row.retry_after, 1);
  }
  if (refusedFor > 0) throw new RateLimitedError(refusedFor);
}

/** Gives back one attempt (it succeeded, and only failures should count). */
export async function refundLimits(db: Db | Tx, limits: readonly Limit[]): Promise<void> {
  if (limits.length === 0) return;
  await db
    .update(rateLimits)
    .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
    .where(
      inArray(
        rateLimits.key,
        limits.map((l) => l.key),
      ),
    );
}

/** Forgets the counts of these limits altogether (a successful sign-in ends its failures). */
export async function clearLimits(db: Db | Tx, limits: readonly Limit[]): Promise<void> {
  if (limits.length === 0) return;
  await db.delete(rateLimits).where(
    inArray(
      rateLimits.key,
      limits.map((l) => l.key),
    ),
  );
}

/** Deletes counters whose window has ended, a batch at a time; returns how many went. */
export async function deleteExpiredLimits(db: Db, batch = 5000): Promise<number> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`delete from rate_limits where key in (
          select key from rate_limits where reset_at <= now() limit ${batch} for update skip locked)
        returning key`,
  );
  return rows.length;
}

/** For tests and tools: the live count of a limit. */
export async function countOf(db: Db | Tx, key: string): Promise<number> {
  const rows = await db
    .select({ hits: rateLimits.hits })
    .from(rateLimits)
    .where(and(inArray(rateLimits.key, [key]), sql`${rateLimits.resetAt} > now()`));
  return rows[0]?.hits ?? 0;
}
