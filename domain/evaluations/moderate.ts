import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { evaluations } from "@/db/schema";
import { hideReasons } from "@/lib/core/evaluation-values";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { redact } from "../requests/redact";
import { parseForm } from "../validation";

export const ModerateForm = z
  .object({
    id: z.coerce.number().int().positive(),
    decision: z.enum(["approve", "hide", "count"], { error: "invalid" }),
    reason: z
      .enum(hideReasons, { error: "chooseHideReason" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    mask: z
      .union([z.literal("on"), z.literal("")])
      .optional()
      .transform((v) => v === "on"),
  })
  .superRefine((form, ctx) => {
    if (form.decision === "hide" && !form.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "chooseHideReason" });
  });
export type ModerateForm = z.infer<typeof ModerateForm>;

/**
 * A moderator approves a comment (its public copy masked with the same
 * redaction as publication, if asked), hides it with a reason, or lets a
 * held rating count. The comment as written is never changed. Audited.
 */
export async function moderateEvaluation(ctx: Ctx, input: z.input<typeof ModerateForm>): Promise<void> {
  requirePermission(ctx, "evaluation.moderate");
  const form = parseForm(ModerateForm, input);
  const db = await getDb();
  await changing(db, ["ratings"], async (tx) => {
    const [row] = await tx.select().from(evaluations).where(eq(evaluations.id, form.id)).for("update");
    if (!row) throw new NotFoundError("evaluation");
    if (form.decision === "count") {
      if (row.state !== "held") throw new ConflictError("not held");
      await tx.update(evaluations).set({ state: "counted" }).where(eq(evaluations.id, row.id));
    } else {
      if (row.commentState === null) throw new ConflictError("no comment");
      const commentPublic = form.decision === "approve" && form.mask ? redact(row.comment).text : row.commentPublic;
      await tx
        .update(evaluations)
        .set({
          commentState: form.decision === "approve" ? "approved" : "hidden",
          hiddenReason: form.decision === "hide" ? form.reason! : null,
          commentPublic,
          moderatedBy: ctx.actor.userId,
          moderatedAt: new Date(),
        })
        .where(eq(evaluations.id, row.id));
    }
    await recordAudit(tx, ctx, {
      action: `evaluation.${form.decision}`,
      entity: "evaluation",
      entityId: row.id,
      detail: { reason: form.reason ?? null, masked: form.decision === "approve" && form.mask },
    });
  });
}
