import "server-only";

import { createHash } from "node:crypto";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { backings, publications, requests } from "@/db/schema";
import { tokenPattern, trackingNumberPattern } from "@/lib/core/values";

import { changing } from "../cache";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { addressBucket, consumeLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";

export const MeTooForm = z.object({
  trackingNumber: z.string().trim().toUpperCase().regex(trackingNumberPattern, { error: "invalid" }),
});

/** "Me too" from one address: enough for a household or a village office sharing one, a ceiling for a script. */
export const meTooLimit = (ip: string): Limit => ({ key: `metoo:ip:${addressBucket(ip)}`, max: 30, windowSeconds: 3600 });

/** Who is backing: a signed-in account, else the browser's own token (kept hashed: the table opens no browser). */
export function backerOf(ctx: Ctx, browserToken: string | null): string {
  if (ctx.actor) return `user:${ctx.actor.userId}`;
  if (!browserToken || !tokenPattern.test(browserToken)) throw new ValidationError({ trackingNumber: "cookiesNeeded" });
  return `browser:${createHash("sha256").update(browserToken).digest("base64url")}`;
}

/**
 * "This affects me too" on a published question or published problem report.
 * One per person per item, which the unique key holds even for two clicks at
 * once; a second is refused. Counted against the address's limit. Returns the
 * item's new count, which the published lists then show on every server.
 */
export async function backItem(ctx: Ctx, input: z.input<typeof MeTooForm>, browserToken: string | null): Promise<number> {
  const { trackingNumber } = parseForm(MeTooForm, input);
  const backer = backerOf(ctx, browserToken);
  const db = await getDb();
  return changing(db, ["publications"], async (tx) => {
    const itemId = await publishedItemId(tx, trackingNumber);
    if (ctx.ip) await consumeLimits(tx, [meTooLimit(ctx.ip)]);
    return addBacking(tx, itemId, backer);
  });
}

/** The id of a published question or published problem report that can be backed. */
export async function publishedItemId(tx: Tx, trackingNumber: string): Promise<number> {
  const [item] = await tx
    .select({ id: requests.id })
    .from(requests)
    .innerJoin(publications, eq(publications.requestId, requests.id))
    .where(
      and(
        eq(requests.trackingNumber, trackingNumber),
        isNull(publications.hiddenAt),
        or(eq(requests.kind, "question"), and(eq(requests.kind, "feedback"), eq(requests.topic, "problem"))),
      ),
    )
    .limit(1);
  if (!item) throw new NotFoundError(`published item ${trackingNumber}`);
  return item.id;
}

/** Counts one backer once (the unique key holds it); a second time is refused. Returns the item's new count. */
export async function addBacking(tx: Tx, itemId: number, backer: string): Promise<number> {
  const [added] = await tx.insert(backings).values({ requestId: itemId, backer }).onConflictDoNothing().returning({ id: backings.id });
  if (!added) throw new ConflictError("already backed", "alreadyBacked");
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(backings)
    .where(eq(backings.requestId, itemId));
  return row?.count ?? 1;
}
