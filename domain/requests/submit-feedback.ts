import "server-only";

import type { z } from "zod";

import { getDb } from "@/db/client";

import type { Ctx } from "../context";
import { parseForm } from "../validation";
import { accessCodeFor } from "./access-codes";
import { deadlinesFor } from "./deadlines";
import { FeedbackForm } from "./feedback-form";
import { insertRequest, type Receipt } from "./insert-request";
import { resolveConcerned } from "./resolve-concerned";
import { checkUploads, type Upload } from "./uploads";

export { submissionLimit } from "./submission-limit";
export type { Receipt } from "./insert-request";

/**
 * A resident raises something on the interaction bridge. One transaction holds
 * the request, its first event, its attachments and its notification; the
 * receipt exists only once that has committed. The hidden idempotency key
 * makes a double click or a retry return the same receipt.
 */
export async function submitFeedback(ctx: Ctx, input: z.input<typeof FeedbackForm>, uploads: Upload[] = []): Promise<Receipt> {
  const form = parseForm(FeedbackForm, input);
  const files = checkUploads(uploads);
  const concerned = await resolveConcerned(await getDb(), form);
  const { deadlineAt, firstResponseDueAt } = await deadlinesFor(form.category ?? form.topic);
  return insertRequest(ctx, "feedback", {
    idempotencyKey: form.idempotencyKey,
    accessCode: accessCodeFor(form.idempotencyKey),
    files,
    values: {
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
    },
  });
}
