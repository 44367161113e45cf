import "server-only";

import { and, eq, gte, isNotNull, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, officers, requests, units } from "@/db/schema";
import { queryRows } from "@/db/sql";

import type { Ctx } from "../context";
import { officerCardColumns, type OfficerCard, type UnitRef } from "../directory/cards";
import { areaByName } from "../requests/resolve-concerned";
import { routeQuestion, type RouteReason } from "./routing";

/** Fewer answered questions than this in 90 days, and the officer is "new": a median of two says little. */
export const MIN_ANSWERS_FOR_TYPICAL = 5;

export type WhoAnswers = {
  place: { nameZh: string; nameEn: string; kind: "community" | "village" };
  station: UnitRef & { dutyPhone: string };
  officer: OfficerCard | null;
  /** Where a question asked now would go. */
  routedTo: RouteReason;
  /** Median hours from question to answer over the last 90 days; null while there are too few. */
  typicalHours: number | null;
};

/**
 * What /desk shows before the resident writes anything: the village or
 * community they typed (hanzi, pinyin or English), who will answer, and how
 * long answers there usually take. Null when no place has that name.
 */
export async function whoAnswers(_ctx: Ctx, typed: string): Promise<WhoAnswers | null> {
  if (!typed.trim() || typed.length > 40) return null;
  const ref = await areaByName(typed);
  if (!ref) return null;
  const db = await getDb();
  const [area] = await db
    .select({
      nameZh: areas.nameZh,
      nameEn: areas.nameEn,
      kind: areas.kind,
      officerId: areas.responsibleOfficerId,
      station: { slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn, dutyPhone: units.dutyPhone },
    })
    .from(areas)
    .innerJoin(units, eq(units.id, areas.unitId))
    .where(eq(areas.id, ref.id))
    .limit(1);
  if (!area) return null;
  const [officer] = area.officerId
    ? await db
        .select(officerCardColumns)
        .from(officers)
        .innerJoin(units, eq(units.id, officers.unitId))
        .where(and(eq(officers.id, area.officerId), eq(officers.published, true)))
        .limit(1)
    : [];
  const route = await routeQuestion(db, ref.id);
  return {
    place: { nameZh: area.nameZh, nameEn: area.nameEn, kind: area.kind },
    station: area.station,
    officer: officer ?? null,
    routedTo: route.reason,
    typicalHours: area.officerId ? await typicalAnswerHours(area.officerId) : null,
  };
}

/** The median time to answer the questions of an officer's villages, resolved in the last 90 days. */
async function typicalAnswerHours(officerId: number): Promise<number | null> {
  const db = await getDb();
  const since = new Date(Date.now() - 90 * 86400_000);
  const [row] = await queryRows<{ answered: number; median_hours: number | null }>(
    db,
    sql`select count(*)::int as answered,
               percentile_cont(0.5) within group (order by extract(epoch from ${requests.resolvedAt} - ${requests.createdAt}) / 3600) as median_hours
        from ${requests} join ${areas} on ${areas.id} = ${requests.areaId}
        where ${and(
          eq(requests.kind, "question"),
          eq(requests.status, "resolved"),
          isNotNull(requests.resolvedAt),
          gte(requests.resolvedAt, since),
          eq(areas.responsibleOfficerId, officerId),
        )}`,
  );
  if (!row || row.answered < MIN_ANSWERS_FOR_TYPICAL || row.median_hours === null) return null;
  return Math.max(1, Math.round(Number(row.median_hours)));
}
