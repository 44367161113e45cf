import "server-only";

import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";

import { getDb, type Db } from "@/db/client";
import { outbox, requests } from "@/db/schema";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import type { RequestLocale } from "@/lib/core/values";

import { maskRecipient } from "./mask-recipient";
import { defaultSenders, type Senders } from "./senders";
import { renderTemplate } from "./templates";

// Infrastructure, run by the server's own timer (dispatcher-loop.ts): no
// route imports this file, so no user can trigger a send.

export const MAX_ATTEMPTS = 8;
// How long a claimed row is hidden from other dispatchers while it is sent.
const CLAIM_MS = 5 * 60_000;
// No send starts later than this before the claim runs out. One send is
// bounded (SMS 10 s; SMTP 10 s connect + 10 s greeting + 30 s idle), so it
// ends while the row is still ours and no other server can take it meanwhile.
const SEND_MARGIN_MS = 2 * 60_000;

export type DispatchOptions = { limit?: number; now?: Date; baseUrl?: string; senders?: Partial<Senders> };
export type DispatchResult = { sent: number; failed: number; retried: number };

type Claimed = Pick<typeof outbox.$inferSelect, "id" | "channel" | "recipient" | "template" | "payload" | "attempts"> & {
  /** The language of the request the message is about, if it is about one. */
  locale: RequestLocale | null;
};

/** The wait after the n-th failed attempt: 1 min, 2, 4, 8 … never more than 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 6 * 3600_000);
}

// Links must be absolute in a message; without AUTH_URL only a local guess is possible.
export const defaultBaseUrl = (): string => (env.authUrl ? new URL(env.authUrl).origin : "http://localhost:3000");

/**
 * Sends what is due. Rows are claimed in a short transaction (FOR UPDATE SKIP
 * LOCKED, then nextAttemptAt pushed CLAIM_MS ahead) and sent after it has
 * committed. Holding the row locks while talking to an SMTP server would keep
 * a transaction and a pooled connection open for as long as the slowest
 * server takes; the claim gives the same guarantee (another server skips the
 * locked rows, then sees them as not due) with locks held for milliseconds.
 * If this process dies mid-batch, its claims lapse and the rows are sent later.
 */
export async function dispatchDue(options: DispatchOptions = {}): Promise<DispatchResult> {
  const { now = new Date(), baseUrl = defaultBaseUrl() } = options;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 500);
  const senders: Senders = { ...defaultSenders(), ...options.senders };
  const db = await getDb();
  const claimed = await claimDue(db, limit, now);
  const stopAt = Date.now() + CLAIM_MS - SEND_MARGIN_MS;
  const result: DispatchResult = { sent: 0, failed: 0, retried: 0 };
  for (const row of claimed) {
    // Unsent rows stay claimed and become due again when the claim lapses.
    if (Date.now() > stopAt) break;
    const error = await deliver(row, senders, baseUrl);
    if (error === null) {
      await db.update(outbox).set({ status: "sent", sentAt: new Date() }).where(eq(outbox.id, row.id));
      result.sent++;
    } else {
      result[await recordFailure(db, row, error, now)]++;
    }
  }
  return result;
}

async function claimDue(db: Db, limit: number, now: Date): Promise<Claimed[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: outbox.id,
        channel: outbox.channel,
        recipient: outbox.recipient,
        template: outbox.template,
        payload: outbox.payload,
        attempts: outbox.attempts,
        locale: requests.locale,
      })
      .from(outbox)
      .leftJoin(requests, eq(requests.trackingNumber, sql<string>`${outbox.payload}->>'trackingNumber'`))
      .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(limit)
      .for("update", { of: outbox, skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(outbox)
      .set({ nextAttemptAt: new Date(now.getTime() + CLAIM_MS) })
      .where(
        inArray(
          outbox.id,
          due.map((row) => row.id),
        ),
      );
    return due;
  });
}

/** null when sent; otherwise what went wrong. Rendering counts as sending: a template
 * unknown to this server may be known to a newer one after a rolling deploy. */
async function deliver(row: Claimed, senders: Senders, baseUrl: string): Promise<unknown> {
  try {
    const { subject, text } = renderTemplate(row.template, row.payload, baseUrl, row.locale);
    await senders[row.channel]({ id: row.id, channel: row.channel, recipient: row.recipient, template: row.template, subject, text });
    return null;
  } catch (error) {
    return error ?? new Error("sender failed");
  }
}

async function recordFailure(db: Db, row: Claimed, error: unknown, now: Date): Promise<"failed" | "retried"> {
  const attempts = row.attempts + 1;
  const gaveUp = attempts >= MAX_ATTEMPTS;
  const lastError = describeError(error, row.recipient);
  await db
    .update(outbox)
    .set({
      attempts,
      lastError,
      status: gaveUp ? "failed" : "pending",
      ...(gaveUp ? {} : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }),
    })
    .where(eq(outbox.id, row.id));
  logger.warn(
    { outboxId: row.id, channel: row.channel, attempts, lastError },
    gaveUp ? "notification failed for good" : "notification failed, will retry",
  );
  return gaveUp ? "failed" : "retried";
}

// Mail servers echo the address in their refusals; lastError is logged and
// shown to moderators, so the address is masked there as everywhere else.
function describeError(error: unknown, recipient: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return (recipient ? message.replaceAll(recipient, maskRecipient(recipient)) : message).slice(0, 500);
}
