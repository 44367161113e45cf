import "server-only";

import { and, asc, count, eq, gt, ilike, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { openStatuses, requests, units, users } from "@/db/schema";
import { cursorOf, keysetCursor, optionalIntId, searchText } from "@/lib/core/query-params";
import { feedbackTopics, requestKinds, requestStatuses, sixSmalls } from "@/lib/core/values";

import type { Ctx } from "../../context";
import { escapeLike } from "../../directory/search";
import { can, requirePermission } from "../../permissions";
import { isOpen as isOpenStatus } from "../status-machine";
import { visibleListTo } from "./scope";

// Written out, not bound: only a literal list lets the planner prove that the
// partial index requests_open_queue holds every row the query can return.
const isOpen = sql`${requests.status} in (${sql.raw(openStatuses.map((s) => `'${s}'`).join(", "))})`;
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

export const QueueFilters = z.object({
  kind: optionalEnum(requestKinds),
  status: z
    .union([z.enum(requestStatuses), z.literal("open"), z.literal("all")])
    .catch("open")
    .default("open"),
  topic: optionalEnum(feedbackTopics),
  category: optionalEnum(sixSmalls),
  unit: optionalIntId,
  // An application's service (the service hall).
  service: optionalIntId,
  assignee: z.enum(["me", "unassigned"]).optional().catch(undefined),
  due: z.enum(["overdue", "today"]).optional().catch(undefined),
  // Reopened by a resident's "dissatisfied" rating.
  reopened: z.literal("1").optional().catch(undefined),
  q: searchText(60),
  // Keyset cursor: the last row's deadline and id.
  after: keysetCursor,
});
export type QueueFilters = z.infer<typeof QueueFilters>;

const PAGE = 50;
// Counting stops here: "10,000+" says enough, and an exact count of a big
// filtered set would cost more than the page it describes.
export const TOTAL_CAP = 10_000;

function endOfTodayShanghai(now = new Date()): Date {
  const local = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 23, 59, 59, 999) - 8 * 3600_000);
}

/**
 * The one staff queue: every kind, sorted by deadline, keyset-paginated on
 * (deadline_at, id) so page 1,000 costs what page 1 does.
 */
export async function listRequestQueue(ctx: Ctx, input: Partial<Record<keyof QueueFilters, unknown>>) {
  requirePermission(ctx, "request.view");
  const f = QueueFilters.parse(input);
  const now = new Date();
  const conditions: (SQL | undefined)[] = [
    await visibleListTo(ctx),
    f.status === "open" ? isOpen : f.status === "all" ? undefined : eq(requests.status, f.status),
    f.kind ? eq(requests.kind, f.kind) : undefined,
    f.topic ? eq(requests.topic, f.topic) : undefined,
    f.category ? eq(requests.category, f.category) : undefined,
    f.unit ? eq(requests.unitId, f.unit) : undefined,
    f.service ? eq(requests.serviceId, f.service) : undefined,
    f.assignee === "me" ? eq(requests.assigneeId, ctx.actor.userId) : f.assignee === "unassigned" ? isNull(requests.assigneeId) : undefined,
    f.due === "overdue"
      ? lt(requests.deadlineAt, now)
      : f.due === "today"
        ? and(gt(requests.deadlineAt, now), lt(requests.deadlineAt, endOfTodayShanghai(now)))
        : undefined,
    f.reopened ? isNotNull(requests.reopenedAt) : undefined,
    f.q ? or(eq(requests.trackingNumber, f.q.toUpperCase()), ilike(requests.subject, `%${escapeLike(f.q)}%`)) : undefined,
  ];
  const where = and(...conditions);
  let page = where;
  if (f.after) {
    page = and(where, sql`(${requests.deadlineAt}, ${requests.id}) > (${f.after.at.toISOString()}::timestamptz, ${f.after.id})`);
  }
  const db = await getDb();
  const rows = await db
    .select({
      id: requests.id,
      trackingNumber: requests.trackingNumber,
      kind: requests.kind,
      status: requests.status,
      topic: requests.topic,
      category: requests.category,
      subject: requests.subject,
      deadlineAt: requests.deadlineAt,
      firstResponseDueAt: requests.firstResponseDueAt,
      firstResponseAt: requests.firstResponseAt,
      reopenedAt: requests.reopenedAt,
      createdAt: requests.createdAt,
      unitNameZh: units.nameZh,
      unitNameEn: units.nameEn,
      assigneeName: users.name,
    })
    .from(requests)
    .leftJoin(units, eq(units.id, requests.unitId))
    .leftJoin(users, eq(users.id, requests.assigneeId))
    .where(page)
    .orderBy(asc(requests.deadlineAt), asc(requests.id))
    .limit(PAGE + 1);
  const items = rows.slice(0, PAGE);
  const last = items.at(-1);
  const counted = db
    .select({ one: sql`1` })
    .from(requests)
    .where(where)
    .limit(TOTAL_CAP + 1)
    .as("counted");
  const [found] = await db.select({ n: count() }).from(counted);
  const total = found?.n ?? 0;
  return {
    filters: f,
    items: items.map(({ firstResponseDueAt, firstResponseAt, reopenedAt, ...r }) => ({
      ...r,
      // Only an open request can be late: a closed one has its closing state instead.
      overdue: isOpenStatus(r.status) && r.deadlineAt < now,
      firstResponseLate: isOpenStatus(r.status) && !firstResponseAt && firstResponseDueAt < now,
      reopened: reopenedAt !== null && isOpenStatus(r.status),
    })),
    // At most TOTAL_CAP; totalCapped says there are more ("10,000+").
    total: Math.min(total, TOTAL_CAP),
    totalCapped: total > TOTAL_CAP,
    next: rows.length > PAGE && last ? cursorOf(last.deadlineAt, last.id) : null,
  };
}

/** The dashboard's numbers, within what the actor may see. */
export async function queueCounts(ctx: Ctx) {
  requirePermission(ctx, "request.view");
  const db = await getDb();
  const now = new Date();
  const scope = and(await visibleListTo(ctx), isOpen);
  const countWhere = async (extra: SQL | undefined) => (await db.select({ n: count() }).from(requests).where(and(scope, extra)))[0]?.n ?? 0;
  const [fresh, dueToday, overdue, mine, reopened] = await Promise.all([
    countWhere(eq(requests.status, "submitted")),
    countWhere(and(gt(requests.deadlineAt, now), lt(requests.deadlineAt, endOfTodayShanghai(now)))),
    countWhere(lt(requests.deadlineAt, now)),
    countWhere(eq(requests.assigneeId, ctx.actor.userId)),
    countWhere(isNotNull(requests.reopenedAt)),
  ]);
  return { fresh, dueToday, overdue, mine, reopened };
}

/** The units an actor may filter the queue by: every station for moderators, their own (and its work stations) for officers. */
export async function listQueueUnits(ctx: Ctx): Promise<{ id: number; name: string }[]> {
  requirePermission(ctx, "request.view");
  const db = await getDb();
  const rows = await db
    .select({ id: units.id, nameZh: units.nameZh, nameEn: units.nameEn })
    .from(units)
    .where(
      can(ctx, "request.viewAll")
        ? inArray(units.kind, ["station", "brigade", "bureau"])
        : or(eq(units.id, ctx.actor.unitId ?? -1), eq(units.parentId, ctx.actor.unitId ?? -1)),
    )
    .orderBy(asc(units.sort), asc(units.id));
  return rows.map((u) => ({ id: u.id, name: ctx.locale === "en" ? u.nameEn : u.nameZh }));
}
