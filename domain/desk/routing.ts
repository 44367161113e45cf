import "server-only";

import { and, eq, gte, lte } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { areas, awayPeriods } from "@/db/schema";

import { responsibleOfficerOf } from "../requests/staff/responsible-officer";

/**
 * Why a question goes where it goes: to the responsible officer's own account,
 * or to the station's queue because the village has no officer, the officer
 * has no staff account, or the officer is away today.
 */
export type RouteReason = "officer" | "noOfficer" | "noAccount" | "away";
export type QuestionRoute = { areaId: number; unitId: number; assigneeId: number | null; reason: RouteReason };

/** Today's date in the bureau's time zone (China Standard Time, no daylight saving). */
export function localDate(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whether a staff account has an away period covering this local date. */
export async function isAway(db: Db | Tx, userId: number, date: string): Promise<boolean> {
  const [row] = await db
    .select({ id: awayPeriods.id })
    .from(awayPeriods)
    .where(and(eq(awayPeriods.userId, userId), lte(awayPeriods.fromDate, date), gte(awayPeriods.toDate, date)))
    .limit(1);
  return row !== undefined;
}

/** Where a new question for a village or community goes on this date. */
export async function routeQuestion(db: Db | Tx, areaId: number, now = new Date()): Promise<QuestionRoute> {
  const [area] = await db.select({ unitId: areas.unitId }).from(areas).where(eq(areas.id, areaId)).limit(1);
  if (!area) throw new Error(`area ${areaId} vanished`);
  const station = { areaId, unitId: area.unitId, assigneeId: null };
  const officer = await responsibleOfficerOf(db, areaId);
  if (!officer) return { ...station, reason: "noOfficer" };
  if (officer.accountId === null) return { ...station, reason: "noAccount" };
  if (await isAway(db, officer.accountId, localDate(now))) return { ...station, reason: "away" };
  return { ...station, assigneeId: officer.accountId, reason: "officer" };
}
