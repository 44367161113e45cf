import "server-only";

import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { requestEvents, requests, units, users } from "@/db/schema";
import { intId } from "@/lib/core/query-params";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, ValidationError } from "../errors";
import { checkAssignee } from "../requests/staff/assignees";
import { loadForStaff } from "../requests/staff/scope";
import { isOpen } from "../requests/status-machine";
import { parseForm } from "../validation";

const optionalId = z
  .union([z.literal(""), intId])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

/**
 * A desk question handed to another officer of its station, to its station's
 * queue (no assignee), or to another station: with a reason staff read in
 * the timeline. The resident's deadlines stay as they were promised.
 */
export const ReassignForm = z.object({
  trackingNumber: z.string().min(1),
  unitId: optionalId,
  assigneeId: optionalId,
  reason: z.string().trim().min(1, { error: "required" }).max(1000, { error: "tooLong" }),
});
export type ReassignForm = z.infer<typeof ReassignForm>;

/** Moderators move an open desk question to another officer or station. Audited; the deadlines do not move. */
export async function reassignQuestion(ctx: Ctx, input: z.input<typeof ReassignForm>): Promise<void> {
  const form = parseForm(ReassignForm, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const question = await loadForStaff(tx, ctx, form.trackingNumber, "request.triage");
    if (question.kind !== "question") throw new ConflictError("only desk questions are reassigned here", "notAQuestion");
    if (!isOpen(question.status)) throw new ConflictError("the question is closed", "reassignClosed");
    const unitId = form.unitId ?? question.unitId;
    if (form.unitId !== null) {
      const [unit] = await tx.select({ kind: units.kind }).from(units).where(eq(units.id, form.unitId));
      if (!unit || (unit.kind !== "station" && unit.kind !== "work_station")) throw new ValidationError({ unitId: "chooseStation" });
    }
    if (unitId === question.unitId && form.assigneeId === question.assigneeId) throw new ValidationError({ assigneeId: "sameHandler" });
    if (form.assigneeId !== null) {
      // An officer who answers for the station (or a work station under it), never a moderator: this hands over the answering.
      const [officer] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, form.assigneeId), eq(users.role, "officer")));
      if (!officer) throw new ValidationError({ assigneeId: "assigneeNotAllowed" });
      await checkAssignee(tx, form.assigneeId, [unitId]);
    }
    await tx.update(requests).set({ unitId, assigneeId: form.assigneeId, updatedAt: new Date() }).where(eq(requests.id, question.id));
    await tx.insert(requestEvents).values({
      requestId: question.id,
      type: "reassigned",
      visibility: "internal",
      body: form.reason,
      actorId: ctx.actor!.userId,
      actorRole: ctx.actor!.role,
    });
    await recordAudit(tx, ctx, {
      action: "request.reassign",
      entity: "request",
      entityId: question.trackingNumber,
      detail: {
        fromUnitId: question.unitId,
        toUnitId: unitId,
        fromAssigneeId: question.assigneeId,
        toAssigneeId: form.assigneeId,
        reason: form.reason,
      },
    });
  });
}
