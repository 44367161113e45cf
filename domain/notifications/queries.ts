import "server-only";

import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { outbox, type OutboxMessage } from "@/db/schema";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { maskRecipient } from "./mask-recipient";

export const outboxStatuses = outbox.status.enumValues;
export type OutboxStatus = OutboxMessage["status"];

// From the query string: anything unreadable means "no filter", not an error page.
const OutboxListInput = z.object({
  status: z.enum(outboxStatuses).optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

const PAGE = 50;

/** What staff see of a message: that it went, and how, never the full address. */
export type OutboxEntry = Pick<
  OutboxMessage,
  "id" | "channel" | "template" | "status" | "attempts" | "createdAt" | "sentAt" | "lastError"
> & {
  recipient: string;
};

export type OutboxPage = { status: OutboxStatus | null; messages: OutboxEntry[]; next: number | null };

/** Outgoing messages, newest first, keyset-paginated on id, optionally by status. */
export async function listOutbox(ctx: Ctx, input: Partial<Record<"status" | "before", unknown>> = {}): Promise<OutboxPage> {
  requirePermission(ctx, "outbox.view");
  const { status, before } = OutboxListInput.parse(input);
  const db = await getDb();
  const filters: (SQL | undefined)[] = [status ? eq(outbox.status, status) : undefined, before ? lt(outbox.id, before) : undefined];
  const rows = await db
    .select({
      id: outbox.id,
      channel: outbox.channel,
      template: outbox.template,
      status: outbox.status,
      attempts: outbox.attempts,
      createdAt: outbox.createdAt,
      sentAt: outbox.sentAt,
      lastError: outbox.lastError,
      recipient: outbox.recipient,
    })
    .from(outbox)
    .where(and(...filters))
    .orderBy(desc(outbox.id))
    .limit(PAGE + 1);
  const messages = rows.slice(0, PAGE).map((row) => ({ ...row, recipient: maskRecipient(row.recipient) }));
  return { status: status ?? null, messages, next: rows.length > PAGE ? messages[PAGE - 1]!.id : null };
}
