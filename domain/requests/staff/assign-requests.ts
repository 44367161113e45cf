import "server-only";

import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { requestEvents, requests, users } from "@/db/schema";
import { bigId, MAX_INT4 } from "@/lib/core/query-params";

import { recordAudit } from "../../audit";
import type { Ctx } from "../../context";
import { requirePermission } from "../../permissions";
import { parseForm } from "../../validation";
import { checkAssignee } from "./assignees";

export const AssignRequestsForm = z.object({
  requestIds: z.array(bigId).min(1, { error: "chooseRequests" }).max(200),
  assigneeId: z.coerce.number({ error: "required" }).int().positive({ error: "required" }).max(MAX_INT4, { error: "assigneeNotAllowed" }),
});

/** Moderators hand many requests to one staff member at once. */
export async function assignRequests(ctx: Ctx, input: z.input<typeof AssignRequestsForm>): Promise<{ assigned: number }> {
  requirePermission(ctx, "request.triage");
  const { requestIds, assigneeId } = parseForm(AssignRequestsForm, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const chosen = await tx.select({ unitId: requests.unitId }).from(requests).where(inArray(requests.id, requestIds)).for("update");
    // Each request's unit must admit the assignee: the rule triage uses too.
    await checkAssignee(
      tx,
      assigneeId,
      chosen.map((r) => r.unitId),
    );
    const rows = await tx
      .update(requests)
      .set({ assigneeId, updatedAt: new Date() })
      .where(inArray(requests.id, requestIds))
      .returning({ id: requests.id });
    if (rows.length) {
      await tx.insert(requestEvents).values(
        rows.map((r) => ({
          requestId: r.id,
          type: "assigned",
          visibility: "internal" as const,
          actorId: ctx.actor.userId,
          actorRole: ctx.actor.role,
        })),
      );
    }
    await recordAudit(tx, ctx, {
      action: "request.assign",
      entity: "user",
      entityId: assigneeId,
      detail: { requests: rows.map((r) => r.id) },
    });
    return { assigned: rows.length };
  });
}

/** Staff who can be given requests, for the assignment picker; each request's unit is checked on sending. */
export async function listAssignableStaff(ctx: Ctx) {
  requirePermission(ctx, "request.triage");
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.disabled, false), inArray(users.role, ["officer", "moderator", "admin"])))
    .orderBy(asc(users.name), asc(users.id));
}
