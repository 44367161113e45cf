import "server-only";

import { eq, or, sql, type SQL } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { requests, units } from "@/db/schema";

import type { Actor, Ctx } from "../../context";
import { NotFoundError } from "../../errors";
import { can, requirePermission } from "../../permissions";

/** The requests an actor may see: all for moderators, their unit's (and its work stations') for officers. */
export function visibleTo(ctx: Ctx & { actor: Actor }): SQL | undefined {
  if (can(ctx, "request.viewAll")) return undefined;
  const unitId = ctx.actor.unitId ?? -1;
  // One IN over the unit and its work stations, not "= unit OR IN (…)": the
  // planner can then walk requests_unit_queue once per unit instead of
  // filtering every open request.
  return sql`${requests.unitId} in (select ${units.id} from ${units} where ${units.id} = ${unitId} or ${units.parentId} = ${unitId})`;
}

/** A request by tracking number, locked for update when in a transaction, if the actor may handle it. */
export async function loadForStaff(
  db: Db | Tx,
  ctx: Ctx,
  trackingNumber: string,
  permission: "request.view" | "request.reply" | "request.triage" | "request.reopen" = "request.view",
) {
  requirePermission(ctx, permission);
  const query = db.select().from(requests).where(eq(requests.trackingNumber, trackingNumber.trim().toUpperCase())).limit(1);
  // Writes lock the row: two staff members acting at once take turns, and the second sees the first's status.
  const [request] = permission === "request.view" ? await query : await query.for("update");
  if (!request) throw new NotFoundError(`request ${trackingNumber}`);
  if (!can(ctx, "request.viewAll")) {
    const scope = await db
      .select({ id: units.id })
      .from(units)
      .where(or(eq(units.id, ctx.actor.unitId ?? -1), eq(units.parentId, ctx.actor.unitId ?? -1)));
    // Another unit's request is not found, not forbidden: its existence is not the officer's business.
    if (request.unitId === null || !scope.some((u) => u.id === request.unitId)) throw new NotFoundError(`request ${trackingNumber}`);
  }
  return request;
}
