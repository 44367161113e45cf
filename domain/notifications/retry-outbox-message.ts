import "server-only";

import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { outbox } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";

export const RetryOutboxMessageInput = z.object({ id: z.coerce.number().int().positive() });
export type RetryOutboxMessageInput = z.input<typeof RetryOutboxMessageInput>;

/**
 * Puts a message that failed for good back in the queue, due now, with a
 * fresh set of attempts (staff retry once the cause, say the SMTP server, is fixed).
 */
export async function retryOutboxMessage(ctx: Ctx, input: RetryOutboxMessageInput): Promise<void> {
  requirePermission(ctx, "outbox.retry");
  const { id } = RetryOutboxMessageInput.parse(input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ status: outbox.status, attempts: outbox.attempts })
      .from(outbox)
      .where(eq(outbox.id, id))
      .for("update");
    if (!previous) throw new NotFoundError(`outbox ${id}`);
    if (previous.status !== "failed") throw new ConflictError(`outbox ${id} is ${previous.status}, not failed`);
    await tx
      .update(outbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: new Date() })
      .where(and(eq(outbox.id, id), eq(outbox.status, "failed")));
    await recordAudit(tx, ctx, { action: "outbox.retry", entity: "outbox", entityId: id, detail: { previousAttempts: previous.attempts } });
  });
}
