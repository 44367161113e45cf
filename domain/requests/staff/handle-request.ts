import "server-only";

import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { outbox, requestEvents, requests, units } from "@/db/schema";
import { intId, MAX_INT4 } from "@/lib/core/query-params";
import { sixSmalls } from "@/lib/core/values";

import { recordAudit } from "../../audit";
import { changing } from "../../cache";
import type { Ctx } from "../../context";
import { ValidationError } from "../../errors";
import { parseForm } from "../../validation";
import { deadlinesFor } from "../deadlines";
import { nextStatus } from "../status-machine";
import { checkAssignee } from "./assignees";
import { partyOf } from "./detail";
import { loadForStaff } from "./scope";

type Request = Pick<typeof requests.$inferSelect, "id" | "trackingNumber" | "contactEmail" | "contactPhone" | "deadlineAt">;

/** A message to the resident about their request, written in the transaction that causes it. */
export async function notify(tx: Tx, request: Request, template: string) {
  const recipient = request.contactEmail || request.contactPhone;
  if (!recipient) return;
  // The resident's link is read here, for the message only: staff never load it.
  const [{ trackToken } = { trackToken: "" }] = await tx
    .select({ trackToken: requests.trackToken })
    .from(requests)
    .where(eq(requests.id, request.id));
  await tx.insert(outbox).values({
    channel: request.contactEmail ? "email" : "sms",
    recipient,
    template,
    payload: { trackingNumber: request.trackingNumber, trackToken, deadlineAt: request.deadlineAt.toISOString() },
  });
}

export const TriageForm = z.object({
  trackingNumber: z.string().min(1),
  category: z
    .enum(sixSmalls)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  unitId: z.coerce.number({ error: "required" }).int().positive({ error: "required" }).max(MAX_INT4, { error: "unknownUnit" }),
  assigneeId: z
    .union([z.literal(""), intId])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
});

/** Moderators class, route and assign a request; a new class moves the deadline with it. */
export async function triageRequest(ctx: Ctx, input: z.input<typeof TriageForm>): Promise<void> {
  const form = parseForm(TriageForm, input);
  const db = await getDb();
  // A published request's class and unit show in the public replies.
  await changing(db, ["publications"], async (tx) => {
    const request = await loadForStaff(tx, ctx, form.trackingNumber, "request.triage");
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, form.unitId));
    if (!unit) throw new ValidationError({ unitId: "unknownUnit" });
    // The same rule as bulk assignment: staff who can see requests of the new unit.
    if (form.assigneeId !== null) await checkAssignee(tx, form.assigneeId, [form.unitId]);
    const status = request.status === "submitted" ? nextStatus(request.kind, request.status, "triage", partyOf(ctx)) : request.status;
    const reclassified = form.category !== undefined && form.category !== request.category;
    const deadlines = reclassified ? await deadlinesFor(form.category!, request.createdAt) : null;
    await tx
      .update(requests)
      .set({
        status,
        category: form.category ?? request.category,
        unitId: form.unitId,
        assigneeId: form.assigneeId,
        triagedAt: request.triagedAt ?? new Date(),
        updatedAt: new Date(),
        ...(deadlines ? { deadlineAt: deadlines.deadlineAt } : {}),
      })
      .where(eq(requests.id, request.id));
    await tx.insert(requestEvents).values({
      requestId: request.id,
      type: "triaged",
      visibility: status !== request.status ? "public" : "internal",
      actorId: ctx.actor!.userId,
      actorRole: ctx.actor!.role,
      fromStatus: request.status,
      toStatus: status,
    });
    await recordAudit(tx, ctx, {
      action: "request.triage",
      entity: "request",
      entityId: request.trackingNumber,
      detail: { category: form.category ?? null, unitId: form.unitId, assigneeId: form.assigneeId },
    });
  });
}

export const ReplyForm = z.object({
  trackingNumber: z.string().min(1),
  body: z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong4000" }),
  visibility: z.enum(["public", "internal"]).default("public"),
});

/** A public reply (the resident is told) or an internal note (staff only). */
export async function replyToRequest(ctx: Ctx, input: z.input<typeof ReplyForm>): Promise<void> {
  const form = parseForm(ReplyForm, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const request = await loadForStaff(tx, ctx, form.trackingNumber, "request.reply");
    const isPublic = form.visibility === "public";
    await tx.insert(requestEvents).values({
      requestId: request.id,
      type: isPublic ? "public_reply" : "internal_note",
      visibility: form.visibility,
      body: form.body,
      actorId: ctx.actor!.userId,
      actorRole: ctx.actor!.role,
    });
    if (isPublic && !request.firstResponseAt)
      await tx.update(requests).set({ firstResponseAt: new Date(), updatedAt: new Date() }).where(eq(requests.id, request.id));
    if (isPublic) await notify(tx, request, "request.reply");
    await recordAudit(tx, ctx, {
      action: isPublic ? "request.reply" : "request.note",
      entity: "request",
      entityId: request.trackingNumber,
    });
  });
}

export const StatusForm = z.object({
  trackingNumber: z.string().min(1),
  action: z.enum(["askForInformation", "resolve", "reject", "reopen"]),
  body: z.string().trim().max(4000, { error: "tooLong4000" }).default(""),
});

const templates = {
  askForInformation: "request.info_requested",
  resolve: "request.resolved",
  reject: "request.resolved",
  reopen: null,
} as const;

/** Ask for information, resolve (a public reply is needed), reject with a reason, or reopen. */
export async function changeRequestStatus(ctx: Ctx, input: z.input<typeof StatusForm>): Promise<void> {
  const form = parseForm(StatusForm, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const request = await loadForStaff(tx, ctx, form.trackingNumber, form.action === "reopen" ? "request.reopen" : "request.reply");
    const status = nextStatus(request.kind, request.status, form.action, partyOf(ctx));
    if ((form.action === "askForInformation" || form.action === "reject") && !form.body) throw new ValidationError({ body: "required" });
    if (form.action === "resolve" && !form.body) {
      const [reply] = await tx
        .select({ id: requestEvents.id })
        .from(requestEvents)
        .where(and(eq(requestEvents.requestId, request.id), eq(requestEvents.type, "public_reply")))
        .limit(1);
      if (!reply) throw new ValidationError({ body: "replyNeeded" });
    }
    const now = new Date();
    await tx
      .update(requests)
      .set({
        status,
        updatedAt: now,
        firstResponseAt: request.firstResponseAt ?? (form.body ? now : null),
        ...(status === "resolved" ? { resolvedAt: now, satisfaction: null } : {}),
        ...(form.action === "reopen" ? { resolvedAt: null, satisfaction: null } : {}),
      })
      .where(eq(requests.id, request.id));
    const type = { askForInformation: "info_requested", resolve: "resolved", reject: "rejected", reopen: "reopened" }[form.action];
    await tx.insert(requestEvents).values({
      requestId: request.id,
      type,
      visibility: "public",
      body: form.body,
      actorId: ctx.actor!.userId,
      actorRole: ctx.actor!.role,
      fromStatus: request.status,
      toStatus: status,
    });
    const template = templates[form.action];
    if (template) await notify(tx, request, template);
    await recordAudit(tx, ctx, {
      action: `request.${form.action === "askForInformation" ? "ask_info" : form.action}`,
      entity: "request",
      entityId: request.trackingNumber,
    });
  });
}
