import "server-only";

import { and, asc, eq, gt, ilike, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";

import { getDb, type Db } from "@/db/client";
import { openStatuses, requests, units, users } from "@/db/schema";
import { queryRows } from "@/db/sql";
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
  const found = await total(where, TOTAL_CAP);
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
    total: found.count,
    totalCapped: found.capped,
    next: rows.length > PAGE && last ? cursorOf(last.deadlineAt, last.id) : null,
  };
}

/** A count that stops at cap + 1 rows: `capped` says there are more than `count`. */
export type CappedCount = { count: number; capped: boolean };

/** count(*) of the requests `where` selects, reading at most cap + 1 of them. */
function countUpTo(db: Db, where: SQL | undefined, cap: number): SQL<number> {
  const upTo = db
    .select({ one: sql`1` })
    .from(requests)
    .where(where)
    .limit(cap + 1);
  return sql<number>`(select count(*)::int from (${upTo}) as up_to)`;
}

const capped = (n: number, cap: number): CappedCount => ({ count: Math.min(n, cap), capped: n > cap });

async function total(where: SQL | undefined, cap: number): Promise<CappedCount> {
  const db = await getDb();
  const [found] = await queryRows<{ n: number }>(db, sql`select ${countUpTo(db, where, cap)} as n`);
  return capped(found?.n ?? 0, cap);
}

/**
 * Where the dashboard's numbers stop ("1,000+"): a tile needs no more, and
 * each count costs at most this many index entries. At 10,000, the queue
 * total's cap, the moderator's counts at 1,000,000 requests still read 10,000
 * entries for "new" and again for "overdue" (16 ms, 3.6× the figure at 100,000).
 */
export const COUNTS_CAP = 1_000;

/** The dashboard's numbers, within what the actor may see, each capped at COUNTS_CAP. */
export function queueCounts(ctx: Ctx) {
  return queueCountsUpTo(ctx, COUNTS_CAP);
}

/**
 * queueCounts with the cap as a parameter, for tests: pages call queueCounts.
 * One statement of five capped counts. Not one pass with `count(*) filter
 * (where …)`: capped, that pass would cap the open requests it reads, not
 * each count, so "mine" or "reopened" would come out short once the backlog
 * passes the cap; uncapped, it reads every open request the actor sees (at
 * 1,000,000 requests, 30,000 rows: 34 ms against 4 ms at 100,000). Nor five
 * statements side by side: the same index scans, but five connections from
 * the pool and five round trips for one page view; measured on two busy
 * cores, p50 15 ms against 7 ms at 100,000 requests, and no faster at 1,000,000.
 * Each count has an index to read (requests_queue, requests_open_queue,
 * requests_assignee_queue, requests_open_reopened), never the table.
 */
export async function queueCountsUpTo(ctx: Ctx, cap: number) {
  requirePermission(ctx, "request.view");
  const db = await getDb();
  const now = new Date();
  const scope = and(await visibleListTo(ctx), isOpen);
  const count = (extra: SQL | undefined) => countUpTo(db, and(scope, extra), cap);
  const [found] = await queryRows<Record<"fresh" | "dueToday" | "overdue" | "mine" | "reopened", number>>(
    db,
    sql`select ${count(eq(requests.status, "submitted"))} as "fresh",
      ${count(and(gt(requests.deadlineAt, now), lt(requests.deadlineAt, endOfTodayShanghai(now))))} as "dueToday",
      ${count(lt(requests.deadlineAt, now))} as "overdue",
      ${count(eq(requests.assigneeId, ctx.actor.userId))} as "mine",
      ${count(isNotNull(requests.reopenedAt))} as "reopened"`,
  );
  return {
    fresh: capped(found?.fresh ?? 0, cap),
    dueToday: capped(found?.dueToday ?? 0, cap),
    overdue: capped(found?.overdue ?? 0, cap),
    mine: capped(found?.mine ?? 0, cap),
    reopened: capped(found?.reopened ?? 0, cap),
  };
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
