import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { requestEvents, requests } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ValidationError } from "../errors";
import { partyOf } from "../requests/staff/detail";
import { notify } from "../requests/staff/handle-request";
import { loadForStaff } from "../requests/staff/scope";
import { nextStatus, type RequestAction } from "../requests/status-machine";
import { parseForm } from "../validation";

// The steps staff take on an application, each told to the resident.
export const applicationSteps = ["accept", "askForMaterials", "approve", "refuse", "readyToCollect", "sent"] as const;
export type ApplicationStep = (typeof applicationSteps)[number];

export const ApplicationStepForm = z.object({
  trackingNumber: z.string().min(1),
  step: z.enum(applicationSteps),
  body: z.string().trim().max(4000, { error: "tooLong4000" }).default(""),
});

const plan: Record<ApplicationStep, { action: RequestAction; event: string; template: string; needsBody: boolean }> = {
  accept: { action: "triage", event: "accepted", template: "request.accepted", needsBody: false },
  // What to bring or upload: the resident reads it on /track and answers there.
  askForMaterials: { action: "askForInformation", event: "info_requested", template: "request.info_requested", needsBody: true },
  approve: { action: "approve", event: "approved", template: "request.approved", needsBody: false },
  // A refusal is a public reply: the resident is owed the reasons.
  refuse: { action: "reject", event: "refused", template: "request.refused", needsBody: true },
  readyToCollect: { action: "deliver", event: "ready_to_collect", template: "request.delivered", needsBody: false },
  sent: { action: "deliver", event: "sent", template: "request.delivered", needsBody: false },
};

/** Staff move an application one step on; the step, the resident's message and the audit row commit together. */
export async function handleApplication(ctx: Ctx, input: z.input<typeof ApplicationStepForm>): Promise<void> {
  const form = parseForm(ApplicationStepForm, input);
  const step = plan[form.step];
  if (step.needsBody && !form.body) throw new ValidationError({ body: "required" });
  const db = await getDb();
  await db.transaction(async (tx) => {
    const request = await loadForStaff(tx, ctx, form.trackingNumber, "request.reply");
    if (request.kind !== "application") throw new ValidationError({ step: "invalid" });
    const status = nextStatus(request.kind, request.status, step.action, partyOf(ctx));
    const now = new Date();
    await tx
      .update(requests)
      .set({
        status,
        updatedAt: now,
        firstResponseAt: request.firstResponseAt ?? now,
        ...(status === "accepted" && !request.triagedAt ? { triagedAt: now } : {}),
        ...(status === "resolved" ? { resolvedAt: now, satisfaction: null } : {}),
      })
      .where(eq(requests.id, request.id));
    await tx.insert(requestEvents).values({
      requestId: request.id,
      type: step.event,
      visibility: "public",
      body: form.body,
      actorId: ctx.actor!.userId,
      actorRole: ctx.actor!.role,
      fromStatus: request.status,
      toStatus: status,
    });
    await notify(tx, request, step.template);
    await recordAudit(tx, ctx, { action: `application.${form.step}`, entity: "request", entityId: request.trackingNumber });
  });
}
