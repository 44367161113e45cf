import "server-only";

import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { publications, requestEvents } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { ConflictError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { findPersonalData, redact, type Redaction } from "./redact";
import { loadForStaff } from "./staff/scope";

const replyTypes = ["public_reply", "resolved"];

/** The redacted copy a moderator reviews before publishing, beside the originals. */
export async function previewPublication(ctx: Ctx, trackingNumber: string) {
  requirePermission(ctx, "request.publish");
  const db = await getDb();
  const request = await loadForStaff(db, ctx, trackingNumber);
  const replies = await db
    .select({ body: requestEvents.body })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, request.id), inArray(requestEvents.type, replyTypes), eq(requestEvents.visibility, "public")))
    .orderBy(asc(requestEvents.id));
  const names = request.contactName ? [request.contactName] : [];
  const original = {
    title: request.subject,
    question: request.body,
    reply: replies
      .map((r) => r.body)
      .filter(Boolean)
      .join("\n\n"),
  };
  const title = redact(original.title, { names });
  const question = redact(original.question, { names });
  const reply = redact(original.reply, { names });
  const [existing] = await db.select().from(publications).where(eq(publications.requestId, request.id));
  return {
    consent: request.consentToPublish,
    original,
    redacted: { title: title.text, question: question.text, reply: reply.text },
    masked: [...title.redactions, ...question.redactions, ...reply.redactions].map((r: Redaction) => ({
      kind: r.kind,
      original: r.original,
    })),
    published: existing && !existing.hiddenAt ? existing : null,
  };
}

export const PublishForm = z.object({
  trackingNumber: z.string().min(1),
  publicTitle: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  publicQuestion: z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong4000" }),
  publicReply: z.string().trim().min(1, { error: "required" }).max(8000, { error: "tooLong" }),
});

// Names can be false alarms; numbers, e-mails and plates never are worth the risk.
const neverPublished = new Set(["phone", "idNumber", "email", "plate"]);

/** Publishes the reviewed copy, with the resident's consent. Their original is never changed. */
export async function publishRequest(ctx: Ctx, input: z.input<typeof PublishForm>): Promise<void> {
  requirePermission(ctx, "request.publish");
  const form = parseForm(PublishForm, input);
  const leaks: Record<string, string> = {};
  for (const field of ["publicTitle", "publicQuestion", "publicReply"] as const) {
    if (findPersonalData(form[field]).some((r) => neverPublished.has(r.kind))) leaks[field] = "personalDataLeft";
  }
  if (Object.keys(leaks).length) throw new ValidationError(leaks);
  const db = await getDb();
  await changing(db, ["publications"], async (tx) => {
    const request = await loadForStaff(tx, ctx, form.trackingNumber, "request.triage");
    if (!request.consentToPublish) throw new ConflictError("no consent to publish");
    const values = {
      publicTitle: form.publicTitle,
      publicQuestion: form.publicQuestion,
      publicReply: form.publicReply,
      publishedBy: ctx.actor!.userId,
      publishedAt: new Date(),
      hiddenAt: null,
      hiddenReason: null,
    };
    await tx
      .insert(publications)
      .values({ requestId: request.id, ...values })
      .onConflictDoUpdate({ target: publications.requestId, set: values });
    await tx
      .insert(requestEvents)
      .values({ requestId: request.id, type: "published", visibility: "public", actorId: ctx.actor!.userId, actorRole: ctx.actor!.role });
    await recordAudit(tx, ctx, { action: "request.publish", entity: "request", entityId: request.trackingNumber });
  });
}

export const UnpublishForm = z.object({
  trackingNumber: z.string().min(1),
  reason: z.string().trim().min(1, { error: "required" }).max(500, { error: "tooLong" }),
});

/** Takes a published copy down, with the reason kept for the moderation report. */
export async function unpublishRequest(ctx: Ctx, input: z.input<typeof UnpublishForm>): Promise<void> {
  requirePermission(ctx, "request.publish");
  const { trackingNumber, reason } = parseForm(UnpublishForm, input);
  const db = await getDb();
  await changing(db, ["publications"], async (tx) => {
    const request = await loadForStaff(tx, ctx, trackingNumber, "request.triage");
    const [row] = await tx
      .update(publications)
      .set({ hiddenAt: new Date(), hiddenReason: reason })
      .where(eq(publications.requestId, request.id))
      .returning({ id: publications.requestId });
    if (!row) throw new ConflictError("not published");
    await tx.insert(requestEvents).values({
      requestId: request.id,
      type: "unpublished",
      visibility: "internal",
      body: reason,
      actorId: ctx.actor!.userId,
      actorRole: ctx.actor!.role,
    });
    await recordAudit(tx, ctx, { action: "request.unpublish", entity: "request", entityId: request.trackingNumber, detail: { reason } });
  });
}
