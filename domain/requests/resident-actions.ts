import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { attachments, requestEvents, requests } from "@/db/schema";
import { satisfactions, tokenPattern } from "@/lib/core/values";

import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { parseForm } from "../validation";
import { isOpen, nextStatus } from "./status-machine";
import { checkUploads, type Upload } from "./uploads";

// The resident's own actions on /track/<token>: holding the long random token is their proof.

const Token = z.string().regex(tokenPattern);

export const ResidentMessageForm = z.object({
  body: z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong4000" }),
});

export const RatingForm = z.object({
  satisfaction: z.enum(satisfactions, { error: "chooseRating" }),
  comment: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});

async function lockByToken(token: string, work: (request: typeof requests.$inferSelect, tx: Tx) => Promise<void>) {
  if (!Token.safeParse(token).success) throw new NotFoundError("request");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [request] = await tx.select().from(requests).where(eq(requests.trackToken, token)).for("update");
    if (!request) throw new NotFoundError("request");
    await work(request, tx);
  });
}

/**
 * Adds information while the request is open, with files (the materials an
 * application was asked for) checked by their bytes; answering a request for
 * information hands it back to staff.
 */
export async function addResidentMessage(
  _ctx: Ctx,
  token: string,
  input: z.input<typeof ResidentMessageForm>,
  uploads: Upload[] = [],
): Promise<void> {
  const { body } = parseForm(ResidentMessageForm, input);
  const files = checkUploads(uploads);
  await lockByToken(token, async (request, tx) => {
    if (!isOpen(request.status)) throw new ConflictError("request closed");
    const status =
      request.status === "info_requested" ? nextStatus(request.kind, request.status, "answerInformation", "resident") : request.status;
    await tx.update(requests).set({ status, updatedAt: new Date() }).where(eq(requests.id, request.id));
    const [event] = await tx
      .insert(requestEvents)
      .values({ requestId: request.id, type: "resident_message", visibility: "public", body, fromStatus: request.status, toStatus: status })
      .returning({ id: requestEvents.id });
    if (files.length) await tx.insert(attachments).values(files.map((f) => ({ requestId: request.id, eventId: event!.id, ...f })));
  });
}

/** Rates the handling once it is resolved; "dissatisfied" reopens it for a moderator. */
export async function rateHandling(_ctx: Ctx, token: string, input: z.input<typeof RatingForm>): Promise<void> {
  const { satisfaction, comment } = parseForm(RatingForm, input);
  await lockByToken(token, async (request, tx) => {
    if (request.status !== "resolved" || request.satisfaction !== null) throw new ConflictError("not ready for rating");
    const status =
      satisfaction === "dissatisfied" ? nextStatus(request.kind, request.status, "rateDissatisfied", "resident") : request.status;
    const reopened = status !== request.status;
    await tx
      .update(requests)
      .set({ satisfaction, status, updatedAt: new Date(), ...(reopened ? { reopenedAt: new Date() } : {}) })
      .where(eq(requests.id, request.id));
    await tx
      .insert(requestEvents)
      .values({ requestId: request.id, type: "rated", visibility: "public", body: comment, fromStatus: request.status, toStatus: status });
    if (reopened) {
      await tx
        .insert(requestEvents)
        .values({ requestId: request.id, type: "reopened", visibility: "public", fromStatus: request.status, toStatus: status });
    }
  });
}
