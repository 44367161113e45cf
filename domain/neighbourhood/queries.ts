import "server-only";

import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";

import { getDb, type Db } from "@/db/client";
import { areas, backings, officers, priorities, publications, requests, units, visitOfficers, visits } from "@/db/schema";
import { slugPattern } from "@/lib/core/values";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";

export type Named = { nameZh: string; nameEn: string };
export type PublicVisit = {
  id: number;
  unit: Named & { slug: string };
  area: Named | null;
  areaId: number | null;
  place: string;
  placeEn: string;
  purpose: string;
  purposeEn: string;
  startsAt: Date;
  endsAt: Date;
  officers: { id: number; badgeNumber: string; nameZh: string; namePinyin: string }[];
  summary: string;
  summaryEn: string;
  householdsVisited: number | null;
};
/** The published report a priority was made from, as the public may read it: its masked title and how many backed it. */
export type PrioritySource = { trackingNumber: string; kind: "question" | "feedback"; title: string; backers: number };
export type PublicPriority = {
  id: number;
  unitId: number;
  issue: string;
  issueEn: string;
  action: string;
  actionEn: string;
  dueOn: string;
  outcome: string;
  outcomeEn: string;
  source: PrioritySource | null;
};
export type StationNeighbourhood = Named & {
  id: number;
  slug: string;
  priorities: PublicPriority[];
  upcoming: PublicVisit[];
  past: PublicVisit[];
};

const PAST_SHOWN = 5;

async function loadVisits(db: Db, where: SQL | undefined, order: "upcoming" | "past", limit = 200): Promise<PublicVisit[]> {
  const rows = await db
    .select({ v: visits, unitSlug: units.slug, unitZh: units.nameZh, unitEn: units.nameEn, areaZh: areas.nameZh, areaEn: areas.nameEn })
    .from(visits)
    .innerJoin(units, eq(units.id, visits.unitId))
    .leftJoin(areas, eq(areas.id, visits.areaId))
    .where(where)
    .orderBy(order === "upcoming" ? asc(visits.startsAt) : desc(visits.startsAt), asc(visits.id))
    .limit(limit);
  const ids = rows.map((r) => r.v.id);
  const crew = ids.length
    ? await db
        .select({
          visitId: visitOfficers.visitId,
          id: officers.id,
          badgeNumber: officers.badgeNumber,
          nameZh: officers.nameZh,
          namePinyin: officers.namePinyin,
        })
        .from(visitOfficers)
        .innerJoin(officers, eq(officers.id, visitOfficers.officerId))
        .where(and(inArray(visitOfficers.visitId, ids), eq(officers.published, true)))
        .orderBy(asc(officers.sort), asc(officers.badgeNumber))
    : [];
  return rows.map(({ v, ...r }) => ({
    id: v.id,
    unit: { slug: r.unitSlug, nameZh: r.unitZh, nameEn: r.unitEn },
    area: r.areaZh ? { nameZh: r.areaZh, nameEn: r.areaEn! } : null,
    areaId: v.areaId,
    place: v.place,
    placeEn: v.placeEn,
    purpose: v.purpose,
    purposeEn: v.purposeEn,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    officers: crew.filter((c) => c.visitId === v.id).map(({ visitId: _visitId, ...o }) => o),
    summary: v.summary,
    summaryEn: v.summaryEn,
    householdsVisited: v.householdsVisited,
  }));
}

/** A station's priorities, each with the published report it came from (none once unpublished). */
async function loadPriorities(db: Db, unitId: number): Promise<PublicPriority[]> {
  const rows = await db
    .select({
      p: priorities,
      trackingNumber: requests.trackingNumber,
      kind: requests.kind,
      title: publications.publicTitle,
      backers: sql<number>`(select count(*)::int from ${backings} where ${backings.requestId} = ${requests.id})`,
    })
    .from(priorities)
    .leftJoin(requests, eq(requests.id, priorities.requestId))
    .leftJoin(publications, and(eq(publications.requestId, requests.id), isNull(publications.hiddenAt)))
    .where(eq(priorities.unitId, unitId))
    .orderBy(asc(priorities.dueOn), asc(priorities.id));
  return rows.map(({ p: { createdAt: _c, updatedAt: _u, requestId: _r, ...p }, ...r }) => ({
    ...p,
    source:
      r.trackingNumber && r.title !== null && (r.kind === "question" || r.kind === "feedback")
        ? { trackingNumber: r.trackingNumber, kind: r.kind, title: r.title, backers: r.backers }
        : null,
  }));
}

async function stationParts(db: Db, unitId: number) {
  const now = new Date();
  const [list, upcoming, past] = await Promise.all([
    loadPriorities(db, unitId),
    loadVisits(db, and(eq(visits.unitId, unitId), gte(visits.endsAt, now)), "upcoming"),
    loadVisits(db, and(eq(visits.unitId, unitId), lt(visits.endsAt, now)), "past", PAST_SHOWN),
  ]);
  return { priorities: list, upcoming, past };
}

/** Every station with priorities or visits: its priorities, its upcoming visits first, then its latest past ones. */
export async function listNeighbourhood(_ctx: Ctx): Promise<StationNeighbourhood[]> {
  const db = await getDb();
  const stations = await db
    .select({ id: units.id, slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn })
    .from(units)
    .where(eq(units.kind, "station"))
    .orderBy(asc(units.sort), asc(units.id));
  const result: StationNeighbourhood[] = [];
  for (const station of stations) {
    const parts = await stationParts(db, station.id);
    if (parts.priorities.length + parts.upcoming.length + parts.past.length > 0) result.push({ ...station, ...parts });
  }
  return result;
}

/** One unit's priorities and visits, for its page and its feed. */
export async function getUnitNeighbourhood(_ctx: Ctx, slug: string): Promise<StationNeighbourhood> {
  // A path segment that is no slug names no unit: no query for it.
  if (!slugPattern.test(slug)) throw new NotFoundError("unit");
  const db = await getDb();
  const [unit] = await db
    .select({ id: units.id, slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn })
    .from(units)
    .where(eq(units.slug, slug));
  if (!unit) throw new NotFoundError("unit");
  return { ...unit, ...(await stationParts(db, unit.id)) };
}

/** The next visit to each of these villages or communities that has one coming. */
export async function nextVisitsByArea(_ctx: Ctx, areaIds: number[]): Promise<Map<number, PublicVisit>> {
  const next = new Map<number, PublicVisit>();
  if (areaIds.length === 0) return next;
  const db = await getDb();
  const upcoming = await loadVisits(db, and(inArray(visits.areaId, areaIds), gte(visits.endsAt, new Date())), "upcoming");
  for (const visit of upcoming) if (visit.areaId !== null && !next.has(visit.areaId)) next.set(visit.areaId, visit);
  return next;
}

/** One visit, for its calendar file. */
export async function getVisit(_ctx: Ctx, id: number): Promise<PublicVisit> {
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError("visit");
  const [visit] = await loadVisits(await getDb(), eq(visits.id, id), "upcoming", 1);
  if (!visit) throw new NotFoundError("visit");
  return visit;
}
