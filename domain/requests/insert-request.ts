import "server-only";

import { eq } from "drizzle-orm";

import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { attachments, outbox, requestEvents, requests } from "@/db/schema";
import type { RequestKind } from "@/lib/core/values";

import type { Ctx } from "../context";
import { consumeLimits } from "../rate-limit";
import { hashAccessCode } from "./access-codes";
import { newTrackingNumber, newTrackToken } from "./identifiers";
import { submissionLimit } from "./submission-limit";
import type { CheckedUpload } from "./uploads";

export type Receipt = { trackingNumber: string; accessCode: string; trackToken: string; deadlineAt: Date };

type NewRequest = Omit<typeof requests.$inferInsert, "kind" | "trackingNumber" | "accessCodeHash" | "trackToken" | "idempotencyKey">;

/**
 * What every submission shares: one transaction holds the request, its first
 * event, its attachments and its notification; the receipt exists only once
 * that has committed. The idempotency key makes a double click or a retry
 * return the same receipt, and a tracking number that happened to exist
 * already is drawn again.
 */
export async function insertRequest(
  ctx: Ctx,
  kind: RequestKind,
  { values, idempotencyKey, accessCode, files }: { values: NewRequest; idempotencyKey: string; accessCode: string; files: CheckedUpload[] },
): Promise<Receipt> {
  const db = await getDb();
  const accessCodeHash = hashAccessCode(accessCode);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(requests)
          .values({ ...values, kind, trackingNumber: newTrackingNumber(kind), accessCodeHash, trackToken: newTrackToken(), idempotencyKey })
          .onConflictDoNothing({ target: requests.idempotencyKey })
          .returning();
        if (!created) return existingReceipt(tx, idempotencyKey, accessCode);
        // Counted in the transaction, once the request is new: a retry of the same
        // form is not counted, and a refused one takes its count back with it.
        if (ctx.ip) await consumeLimits(tx, [submissionLimit(ctx.ip)]);
        await tx.insert(requestEvents).values({ requestId: created.id, type: "submitted", visibility: "public", toStatus: "submitted" });
        if (files.length) await tx.insert(attachments).values(files.map((f) => ({ requestId: created.id, ...f })));
        const recipient = created.contactEmail || created.contactPhone;
        if (recipient) {
          await tx.insert(outbox).values({
            channel: created.contactEmail ? "email" : "sms",
            recipient,
            template: "request.received",
            payload: {
              trackingNumber: created.trackingNumber,
              trackToken: created.trackToken,
              deadlineAt: created.deadlineAt.toISOString(),
            },
          });
        }
        return { trackingNumber: created.trackingNumber, accessCode, trackToken: created.trackToken, deadlineAt: created.deadlineAt };
      });
    } catch (error) {
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
