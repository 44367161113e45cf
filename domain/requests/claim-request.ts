import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { getDb } from "@/db/client";
import { requests } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ForbiddenError, ValidationError } from "../errors";
import { can, requirePermission } from "../permissions";
import { openWithAccessCode, type TrackForm } from "./track";

/** Only residents link requests: staff accounts are not where residents' requests belong. */
export function mayClaimRequests(ctx: Ctx): boolean {
  return can(ctx, "account.view") && ctx.actor?.role === "resident";
}

/**
 * A signed-in resident links a request they sent without signing in, proving
 * it with the receipt's tracking number and access code (the sunshine query's
 * TrackForm, under its limits). A request already linked to someone else is
 * refused exactly like a wrong code, so the refusal never tells that the
 * number exists; one already linked to this resident is left as it is.
 */
export async function claimRequest(ctx: Ctx, input: z.input<typeof TrackForm>): Promise<{ trackingNumber: string }> {
  requirePermission(ctx, "account.view");
  if (!mayClaimRequests(ctx)) throw new ForbiddenError("request.claim");
  const { userId } = ctx.actor;
  const request = await openWithAccessCode(ctx, input, (match) => match.accountId === null || match.accountId === userId);
  if (request.accountId === userId) return { trackingNumber: request.trackingNumber };

  const db = await getDb();
  await db.transaction(async (tx) => {
    const linked = await tx
      .update(requests)
      .set({ accountId: userId })
      .where(and(eq(requests.id, request.id), isNull(requests.accountId)))
      .returning({ id: requests.id });
    // Someone else linked it between the check and now: the same refusal as ever.
    if (linked.length === 0) throw new ValidationError({ accessCode: "wrongCode" });
    await recordAudit(tx, ctx, { action: "request.claim", entity: "request", entityId: request.trackingNumber });
  });
  return { trackingNumber: request.trackingNumber };
}
