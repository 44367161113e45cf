import "server-only";

import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";

import { getDb, type Db } from "@/db/client";
import { areas, backings, officers, priorities, publications, requests, units, visitOfficers, visits } from "@/db/schema";
import { slugPattern } from "@/lib/core/values";

import { cached } from "../cache";
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

type KeptPriority = Omit<PublicPriority, "source"> & { source: (Omit<PrioritySource, "backers"> & { requestId: number }) | null };
type KeptParts = { priorities: KeptPriority[]; upcoming: PublicVisit[]; past: PublicVisit[] };

/** A station's priorities, each with the published report it came from (none once unpublished); backers are counted apart. */
async function loadPriorities(db: Db, unitId: number): Promise<KeptPriority[]> {
  const rows = await db
    .select({ p: priorities, trackingNumber: requests.trackingNumber, kind: requests.kind, title: publications.publicTitle })
    .from(priorities)
    .leftJoin(requests, eq(requests.id, priorities.requestId))
    .leftJoin(publications, and(eq(publications.requestId, requests.id), isNull(publications.hiddenAt)))
    .where(eq(priorities.unitId, unitId))
    .orderBy(asc(priorities.dueOn), asc(priorities.id));
  return rows.map(({ p: { createdAt: _c, updatedAt: _u, requestId, ...p }, ...r }) => ({
    ...p,
    source:
      requestId !== null && r.trackingNumber && r.title !== null && (r.kind === "question" || r.kind === "feedback")
        ? { requestId, trackingNumber: r.trackingNumber, kind: r.kind, title: r.title }
        : null,
  }));
}

/** How many back each report a priority came from: residents add to it at any time, so it is read each time (if any). */
async function withBackers(list: KeptPriority[]): Promise<PublicPriority[]> {
  const ids = list.flatMap((p) => (p.source ? [p.source.requestId] : []));
  const counts = new Map<number, number>();
  if (ids.length) {
    const rows = await (
      await getDb()
    )
      .select({ requestId: backings.requestId, count: sql<number>`count(*)::int` })
      .from(backings)
      .where(inArray(backings.requestId, ids))
      .groupBy(backings.requestId);
    for (const row of rows) counts.set(row.requestId, row.count);
  }
  return list.map(({ source, ...p }) => {
    if (!source) return { ...p, source: null };
    const { requestId, ...shown } = source;
    return { ...p, source: { ...shown, backers: counts.get(requestId) ?? 0 } };
  });
}

const latestFirst = (a: PublicVisit, b: PublicVisit) => b.startsAt.getTime() - a.startsAt.getTime() || a.id - b.id;

/**
 * A station's priorities and visits, kept until staff change them (or the directory, or a publication).
 * Visits that have ended since they were read move from upcoming to past here, as the query would put them.
 */
async function stationParts(unitId: number) {
  const kept = await cached("neighbourhood", `station:${unitId}`, async (): Promise<KeptParts> => {
    const db = await getDb();
    const now = new Date();
    const [list, upcoming, past] = await Promise.all([
      loadPriorities(db, unitId),
      loadVisits(db, and(eq(visits.unitId, unitId), gte(visits.endsAt, now)), "upcoming"),
      loadVisits(db, and(eq(visits.unitId, unitId), lt(visits.endsAt, now)), "past", PAST_SHOWN),
    ]);
    return { priorities: list, upcoming, past };
  });
  const now = Date.now();
  const ended = kept.upcoming.filter((v) => v.endsAt.getTime() < now);
  return {
    priorities: await withBackers(kept.priorities),
    upcoming: ended.length ? kept.upcoming.filter((v) => v.endsAt.getTime() >= now) : kept.upcoming,
    past: ended.length ? [...ended, ...kept.past].sort(latestFirst).slice(0, PAST_SHOWN) : kept.past,
  };
}

/** Every station with priorities or visits: its priorities, its upcoming visits first, then its latest past ones. */
export async function listNeighbourhood(_ctx: Ctx): Promise<StationNeighbourhood[]> {
  const stations = await cached("neighbourhood", "stations", async () =>
    (await getDb())
      .select({ id: units.id, slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn })
      .from(units)
      .where(eq(units.kind, "station"))
      .orderBy(asc(units.sort), asc(units.id)),
  );
  const result: StationNeighbourhood[] = [];
  for (const station of stations) {
    const parts = await stationParts(station.id);
    if (parts.priorities.length + parts.upcoming.length + parts.past.length > 0) result.push({ ...station, ...parts });
  }
  return result;
}

/** One unit's priorities and visits, for its page and its feed. */
export async function getUnitNeighbourhood(_ctx: Ctx, slug: string): Promise<StationNeighbourhood> {
  // A path segment that is no slug names no unit: no query for it.
  if (!slugPattern.test(slug)) throw new NotFoundError("unit");
  const unit = await cached("neighbourhood", `unit:${slug}`, async () => {
    const [found] = await (
      await getDb()
    )
      .select({ id: units.id, slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn })
      .from(units)
      .where(eq(units.slug, slug));
    if (!found) throw new NotFoundError("unit");
    return found;
  });
  return { ...unit, ...(await stationParts(unit.id)) };
}

/** The next visit to each of these villages or communities that has one coming (each kept until it ends or staff change visits). */
export async function nextVisitsByArea(_ctx: Ctx, areaIds: number[]): Promise<Map<number, PublicVisit>> {
  const next = new Map<number, PublicVisit>();
  const found = await Promise.all(
    areaIds.map((areaId) =>
      cached(
        "neighbourhood",
        `next:${areaId}`,
        async () =>
          (await loadVisits(await getDb(), and(eq(visits.areaId, areaId), gte(visits.endsAt, new Date())), "upcoming", 1))[0] ?? null,
        (visit) => (visit ? visit.endsAt.getTime() + 1 : Infinity),
      ),
    ),
  );
  for (const visit of found) if (visit && visit.areaId !== null && !next.has(visit.areaId)) next.set(visit.areaId, visit);
  return next;
}

/** One visit, for its calendar file. */
export async function getVisit(_ctx: Ctx, id: number): Promise<PublicVisit> {
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError("visit");
  const [visit] = await loadVisits(await getDb(), eq(visits.id, id), "upcoming", 1);
  if (!visit) throw new NotFoundError("visit");
  return visit;
}
