import "server-only";

import { and, eq, like } from "drizzle-orm";
import type { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { outbox, requestEvents, requests } from "@/db/schema";

import type { Ctx } from "../context";
import { ValidationError } from "../errors";
import { consumeLimits } from "../rate-limit";
import { accessCodeFor, hashAccessCode } from "../requests/access-codes";
import { deadlinesFor } from "../requests/deadlines";
import { newTrackingNumber, newTrackToken } from "../requests/identifiers";
import { areaByName } from "../requests/resolve-concerned";
import { submissionLimit, type Receipt } from "../requests/submit-feedback";
import { parseForm } from "../validation";
import { QuestionForm } from "./question-form";
import { routeQuestion, type RouteReason } from "./routing";

export type QuestionReceipt = Receipt & { routedTo: RouteReason };

/**
 * A resident asks the community officer of their village or community. The
 * question goes to the officer's own account, or to the station's queue when
 * the officer has none or is away (routing.ts); the receipt says which. One
 * transaction, as every submission; the idempotency key makes a retry return
 * the same receipt.
 */
export async function submitQuestion(ctx: Ctx, input: z.input<typeof QuestionForm>): Promise<QuestionReceipt> {
  const form = parseForm(QuestionForm, input);
  const area = await areaByName(form.place);
  if (!area) throw new ValidationError({ place: "unknownArea" });
  const db = await getDb();
  const accessCode = accessCodeFor(form.idempotencyKey);
  const accessCodeHash = hashAccessCode(accessCode);
  const { deadlineAt, firstResponseDueAt } = await deadlinesFor("question");

  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const route = await routeQuestion(tx, area.id);
        const [created] = await tx
          .insert(requests)
          .values({
            kind: "question",
            trackingNumber: newTrackingNumber("question"),
            accessCodeHash,
            trackToken: newTrackToken(),
            areaId: route.areaId,
            unitId: route.unitId,
            assigneeId: route.assigneeId,
            subject: form.subject,
            body: form.body,
            formData: { deskTopic: form.topic },
            contactName: form.contactName,
            contactPhone: form.contactPhone,
            contactEmail: form.contactEmail,
            anonymous: !form.contactName && !form.contactPhone && !form.contactEmail,
            accountId: ctx.actor?.role === "resident" ? ctx.actor.userId : null,
            consentToPublish: form.consentToPublish,
            locale: ctx.locale,
            deadlineAt,
            firstResponseDueAt,
            idempotencyKey: form.idempotencyKey,
          })
          .onConflictDoNothing({ target: requests.idempotencyKey })
          .returning();
        if (!created) return existingReceipt(tx, form.idempotencyKey, accessCode);
        if (ctx.ip) await consumeLimits(tx, [submissionLimit(ctx.ip)]);
        await tx.insert(requestEvents).values({ requestId: created.id, type: "submitted", visibility: "public", toStatus: "submitted" });
        // Where it went is on the record, for staff and for the resident's timeline.
        await tx.insert(requestEvents).values({ requestId: created.id, type: `routed_${route.reason}`, visibility: "internal" });
        const recipient = form.contactEmail || form.contactPhone;
        if (recipient) {
          await tx.insert(outbox).values({
            channel: form.contactEmail ? "email" : "sms",
            recipient,
            template: "request.received",
            payload: { trackingNumber: created.trackingNumber, trackToken: created.trackToken, deadlineAt: deadlineAt.toISOString() },
          });
        }
        return { trackingNumber: created.trackingNumber, accessCode, trackToken: created.trackToken, deadlineAt, routedTo: route.reason };
      });
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}

async function existingReceipt(tx: Tx, idempotencyKey: string, accessCode: string): Promise<QuestionReceipt> {
  const [existing] = await tx.select().from(requests).where(eq(requests.idempotencyKey, idempotencyKey));
  if (!existing) throw new Error("idempotency key vanished");
  const [routed] = await tx
    .select({ type: requestEvents.type })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, existing.id), like(requestEvents.type, "routed\\_%")))
    .limit(1);
  return {
    trackingNumber: existing.trackingNumber,
    accessCode,
    trackToken: existing.trackToken,
    deadlineAt: existing.deadlineAt,
    routedTo: (routed?.type.slice("routed_".length) ?? "officer") as RouteReason,
  };
}
