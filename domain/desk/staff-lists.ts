import "server-only";

import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { backings, openStatuses, priorities, requests } from "@/db/schema";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { visibleListTo } from "../requests/staff/scope";

const open = inArray(requests.status, [...openStatuses]);
const LIMIT = 10;

/**
 * What waits for the actor themselves, first on their dashboard and queue:
 * open requests assigned to them, the ones whose first response is due first
 * at the top, each flagged when a deadline has passed.
 */
export async function assignedToMe(ctx: Ctx) {
  requirePermission(ctx, "request.view");
  const db = await getDb();
  const now = new Date();
  const rows = await db
    .select({
      trackingNumber: requests.trackingNumber,
      kind: requests.kind,
      subject: requests.subject,
      deadlineAt: requests.deadlineAt,
      firstResponseDueAt: requests.firstResponseDueAt,
      firstResponseAt: requests.firstResponseAt,
    })
    .from(requests)
    .where(and(await visibleListTo(ctx), open, eq(requests.assigneeId, ctx.actor.userId)))
    .orderBy(sql`${requests.firstResponseAt} is not null`, asc(requests.firstResponseDueAt), asc(requests.deadlineAt), asc(requests.id))
    .limit(LIMIT);
  return rows.map(({ firstResponseAt, ...r }) => ({
    ...r,
    firstResponseLate: firstResponseAt === null && r.firstResponseDueAt < now,
    overdue: r.deadlineAt < now,
  }));
}

/** The open items the most residents said "this affects me too" about, within what the actor may see, and the priority each became. */
export async function mostBacked(ctx: Ctx) {
  requirePermission(ctx, "request.view");
  const db = await getDb();
  const backers = count(backings.id);
  return db
    .select({
      trackingNumber: requests.trackingNumber,
      kind: requests.kind,
      subject: requests.subject,
      backers,
      priorityId: sql<number | null>`(select ${priorities.id} from ${priorities} where ${priorities.requestId} = ${requests.id})`,
    })
    .from(backings)
    .innerJoin(requests, eq(requests.id, backings.requestId))
    .where(and(await visibleListTo(ctx), open))
    .groupBy(requests.id)
    .orderBy(desc(backers), asc(requests.id))
    .limit(LIMIT);
}
