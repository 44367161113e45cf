import "server-only";

import { and, asc, count, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { openStatuses, requests, units } from "@/db/schema";

import type { Ctx } from "../../context";
import { requirePermission } from "../../permissions";
import { visibleListTo } from "./scope";

export type OverdueByUnit = {
  unitId: number | null;
  nameZh: string | null;
  nameEn: string | null;
  overdue: number;
  firstResponseLate: number;
};

/**
 * The dashboard's overdue list: per unit (and the unrouted), how many open
 * requests are past their deadline and how many still wait for a first
 * response past its time, within what the actor may see; most overdue first.
 */
export async function overdueByUnit(ctx: Ctx): Promise<OverdueByUnit[]> {
  requirePermission(ctx, "request.view");
  const db = await getDb();
  const now = new Date();
  const pastDeadline = lt(requests.deadlineAt, now);
  const firstResponseLate = and(isNull(requests.firstResponseAt), lt(requests.firstResponseDueAt, now));
  const rows = await db
    .select({
      unitId: requests.unitId,
      nameZh: units.nameZh,
      nameEn: units.nameEn,
      sort: units.sort,
      overdue: sql<number>`count(*) filter (where ${pastDeadline})`.mapWith(Number),
      firstResponseLate: sql<number>`count(*) filter (where ${firstResponseLate})`.mapWith(Number),
      all: count(),
    })
    .from(requests)
    .leftJoin(units, eq(units.id, requests.unitId))
    .where(and(await visibleListTo(ctx), inArray(requests.status, [...openStatuses]), or(pastDeadline, firstResponseLate)))
    .groupBy(requests.unitId, units.nameZh, units.nameEn, units.sort)
    .orderBy(sql`count(*) desc`, asc(units.sort), asc(requests.unitId));
  return rows.map(({ unitId, nameZh, nameEn, overdue, firstResponseLate: late }) => ({
    unitId,
    nameZh,
    nameEn,
    overdue,
    firstResponseLate: late,
  }));
}
