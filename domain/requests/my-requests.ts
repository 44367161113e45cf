import "server-only";

import { desc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { requests } from "@/db/schema";
import type { FeedbackTopic, RequestKind, RequestStatus } from "@/lib/core/values";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";

export type MyRequest = {
  trackingNumber: string;
  kind: RequestKind;
  topic: FeedbackTopic | null;
  subject: string;
  status: RequestStatus;
  createdAt: Date;
  deadlineAt: Date;
  /** The resident's own tracking link: they may follow it like any receipt holder. */
  trackToken: string;
};

/** The caller's own requests, newest first: what the account page lists, never anyone's contact details. */
export async function listMyRequests(ctx: Ctx): Promise<MyRequest[]> {
  requirePermission(ctx, "account.view");
  const db = await getDb();
  return db
    .select({
      trackingNumber: requests.trackingNumber,
      kind: requests.kind,
      topic: requests.topic,
      subject: requests.subject,
      status: requests.status,
      createdAt: requests.createdAt,
      deadlineAt: requests.deadlineAt,
      trackToken: requests.trackToken,
    })
    .from(requests)
    .where(eq(requests.accountId, ctx.actor.userId))
    .orderBy(desc(requests.createdAt), desc(requests.id))
    .limit(100);
}
