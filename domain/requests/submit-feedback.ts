import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { attachments, outbox, requestEvents, requests } from "@/db/schema";
import { env } from "@/lib/core/env";

import type { Ctx } from "../context";
import { addressBucket, consumeLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";
import { accessCodeFor, hashAccessCode } from "./access-codes";
import { deadlinesFor } from "./deadlines";
import { FeedbackForm } from "./feedback-form";
import { newTrackingNumber, newTrackToken } from "./identifiers";
import { resolveConcerned } from "./resolve-concerned";
import { checkUploads, type Upload } from "./uploads";

/**
 * New requests per client address: plenty for a family or a village office
 * sharing one address, and a ceiling for a script. Without a known address
 * (a server not behind scripts/serve.mjs) there is nothing to count by.
 */
export const submissionLimit = (ip: string): Limit => ({
  key: `submit:ip:${addressBucket(ip)}`,
  max: env.submissionLimitPerHour,
  windowSeconds: 3600,
});

export type Receipt = { trackingNumber: string; accessCode: string; trackToken: string; deadlineAt: Date };

/**
 * A resident raises something on the interaction bridge. One transaction holds
 * the request, its first event, its attachments and its notification; the
 * receipt exists only once that has committed. The hidden idempotency key
 * makes a double click or a retry return the same receipt.
 */
export async function submitFeedback(ctx: Ctx, input: z.input<typeof FeedbackForm>, uploads: Upload[] = []): Promise<Receipt> {
  const form = parseForm(FeedbackForm, input);
  const files = checkUploads(uploads);
  const db = await getDb();
  const concerned = await resolveConcerned(db, form);
  const accessCode = accessCodeFor(form.idempotencyKey);
  const accessCodeHash = hashAccessCode(accessCode);
  const { deadlineAt, firstResponseDueAt } = await deadlinesFor(form.category ?? form.topic);

  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(requests)
          .values({
            kind: "feedback",
            trackingNumber: newTrackingNumber("feedback"),
            accessCodeHash,
            trackToken: newTrackToken(),
            topic: form.topic,
            category: form.category ?? null,
            ...concerned,
            subject: form.subject,
            body: form.body,
            contactName: form.contactName,
            contactPhone: form.contactPhone,
            contactEmail: form.contactEmail,
            anonymous: !form.contactName && !form.contactPhone && !form.contactEmail,
            accountId: ctx.actor?.role === "resident" ? ctx.actor.userId : null,
            consentToPublish: form.consentToPublish,
            // The page's language: what the resident wrote in, and what replies to them follow.
            locale: ctx.locale,
            deadlineAt,
            firstResponseDueAt,
            idempotencyKey: form.idempotencyKey,
          })
          .onConflictDoNothing({ target: requests.idempotencyKey })
          .returning();
        if (!created) return existingReceipt(tx, form.idempotencyKey, accessCode);
        // Counted in the transaction, once the request is new: a retry of the same
        // form is not counted, and a refused one takes its count back with it.
        if (ctx.ip) await consumeLimits(tx, [submissionLimit(ctx.ip)]);
        await tx.insert(requestEvents).values({ requestId: created.id, type: "submitted", visibility: "public", toStatus: "submitted" });
        if (files.length) await tx.insert(attachments).values(files.map((f) => ({ requestId: created.id, ...f })));
        const recipient = form.contactEmail || form.contactPhone;
        if (recipient) {
          await tx.insert(outbox).values({
            channel: form.contactEmail ? "email" : "sms",
            recipient,
            template: "request.received",
            payload: { trackingNumber: created.trackingNumber, trackToken: created.trackToken, deadlineAt: deadlineAt.toISOString() },
          });
        }
        return { trackingNumber: created.trackingNumber, accessCode, trackToken: created.trackToken, deadlineAt };
      });
    } catch (error) {
      // A tracking number or token that happened to exist already: draw again.
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}

async function existingReceipt(tx: Tx, idempotencyKey: string, accessCode: string): Promise<Receipt> {
  const [existing] = await tx.select().from(requests).where(eq(requests.idempotencyKey, idempotencyKey));
  if (!existing) throw new Error("idempotency key vanished");
  return { trackingNumber: existing.trackingNumber, accessCode, trackToken: existing.trackToken, deadlineAt: existing.deadlineAt };
}
