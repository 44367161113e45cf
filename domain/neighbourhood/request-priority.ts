import "server-only";

import { and, eq, isNull, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { backings, priorities, publications, requests, units } from "@/db/schema";

import type { Ctx } from "../context";
import { can, requirePermission } from "../permissions";

export type RequestPriority =
  | { state: "priority"; id: number; issue: string; issueEn: string; dueOn: string; unit: { slug: string; nameZh: string; nameEn: string } }
  | { state: "candidate"; publicTitle: string; backers: number; station: { id: number; nameZh: string; nameEn: string } }
  | { state: "none" };

/**
 * What the staff request page shows of neighbourhood priorities: the priority
 * the report became, or, for a published problem report or question whose
 * station the reader keeps, the means to make it one (prefilled with its
 * public title), or nothing.
 */
export async function requestPriority(ctx: Ctx, trackingNumber: string): Promise<RequestPriority> {
  requirePermission(ctx, "request.view");
  const made = await priorityMadeOf(ctx, trackingNumber);
  if (made) return made;
  const db = await getDb();
  if (!can(ctx, "neighbourhood.edit")) return { state: "none" };
  // The report's station: its unit, or the station above its work station.
  const station = sql<number | null>`case when ${units.kind} = 'work_station' then ${units.parentId} else ${units.id} end`;
  const [report] = await db
    .select({
      kind: requests.kind,
      topic: requests.topic,
      publicTitle: publications.publicTitle,
      stationId: station,
      backers: sql<number>`(select count(*)::int from ${backings} where ${backings.requestId} = ${requests.id})`,
    })
    .from(requests)
    .innerJoin(publications, and(eq(publications.requestId, requests.id), isNull(publications.hiddenAt)))
    .innerJoin(units, eq(units.id, requests.unitId))
    .where(eq(requests.trackingNumber, trackingNumber));
  const backable = report && (report.kind === "question" || (report.kind === "feedback" && report.topic === "problem"));
  if (!backable || report.stationId === null) return { state: "none" };
  if (!can(ctx, "neighbourhood.editAll") && ctx.actor?.unitId !== report.stationId) return { state: "none" };
  const [unit] = await db
    .select({ id: units.id, nameZh: units.nameZh, nameEn: units.nameEn })
    .from(units)
    .where(eq(units.id, report.stationId));
  return unit ? { state: "candidate", publicTitle: report.publicTitle, backers: report.backers, station: unit } : { state: "none" };
}

/** The neighbourhood priority a report or question became, if any: public, as the priority is published on its station's page. */
export async function priorityMadeOf(_ctx: Ctx, trackingNumber: string): Promise<Extract<RequestPriority, { state: "priority" }> | null> {
  const [made] = await (
    await getDb()
  )
    .select({
      id: priorities.id,
      issue: priorities.issue,
      issueEn: priorities.issueEn,
      dueOn: priorities.dueOn,
      unit: { slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn },
    })
    .from(priorities)
    .innerJoin(requests, eq(requests.id, priorities.requestId))
    .innerJoin(units, eq(units.id, priorities.unitId))
    .where(eq(requests.trackingNumber, trackingNumber))
    .limit(1);
  return made ? { state: "priority", ...made } : null;
}
