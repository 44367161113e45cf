import "server-only";

import { and, asc, eq, isNotNull, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { badgePattern, slugPattern } from "@/lib/core/values";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { officerCardColumns, unitRefColumns, type OfficerCard, type UnitRef } from "./cards";

// Public reads: no permission needed, and nothing beyond the published directory.

const published = eq(officers.published, true);

/** The bureau's leaders, chief first: their phones are on the home page. */
export async function listLeadership(_ctx: Ctx): Promise<OfficerCard[]> {
  return cached("directory", "leadership", async () => {
    const db = await getDb();
    return db
      .select(officerCardColumns)
      .from(officers)
      .innerJoin(units, eq(units.id, officers.unitId))
      .where(and(published, isNotNull(officers.leadershipRank)))
      .orderBy(asc(officers.leadershipRank), asc(officers.sort));
  });
}

export type OfficerProfile = OfficerCard & { areas: { nameZh: string; nameEn: string; kind: "community" | "village" }[] };

export async function getOfficerProfile(_ctx: Ctx, badgeNumber: string): Promise<OfficerProfile> {
  // A path segment that is no badge number names no officer: no query for it.
  if (!badgePattern.test(badgeNumber)) throw new NotFoundError("officer");
  return cached("directory", `officer:${badgeNumber}`, () => loadOfficerProfile(badgeNumber));
}

async function loadOfficerProfile(badgeNumber: string): Promise<OfficerProfile> {
  const db = await getDb();
  const [officer] = await db
    .select({ id: officers.id, ...officerCardColumns })
    .from(officers)
    .innerJoin(units, eq(units.id, officers.unitId))
    .where(and(eq(officers.badgeNumber, badgeNumber), published))
    .limit(1);
  if (!officer) throw new NotFoundError(`officer ${badgeNumber}`);
  const responsibleFor = await db
    .select({ nameZh: areas.nameZh, nameEn: areas.nameEn, kind: areas.kind })
    .from(areas)
    .where(eq(areas.responsibleOfficerId, officer.id))
    .orderBy(asc(areas.kind), asc(areas.namePinyin));
  const { id: _id, ...card } = officer;
  return { ...card, areas: responsibleFor };
}

export type UnitListItem = UnitRef & {
  kind: string;
  rural: boolean;
  dutyPhone: string;
  parentSlug: string | null;
  villages: number;
  communities: number;
};

/** Every unit with its area counts, in display order; the page groups them by kind. */
export async function listUnits(_ctx: Ctx): Promise<UnitListItem[]> {
  return cached("directory", "units", loadUnits);
}

async function loadUnits(): Promise<UnitListItem[]> {
  const db = await getDb();
  const parents = db.$with("parents").as(db.select({ id: units.id, slug: units.slug }).from(units));
  const areaCounts = db.$with("area_counts").as(
    db
      .select({
        unitId: areas.unitId,
        villages: sql<number>`count(*) filter (where ${areas.kind} = 'village')`.mapWith(Number).as("villages"),
        communities: sql<number>`count(*) filter (where ${areas.kind} = 'community')`.mapWith(Number).as("communities"),
      })
      .from(areas)
      .groupBy(areas.unitId),
  );
  const rows = await db
    .with(parents, areaCounts)
    .select({
      ...unitRefColumns,
      kind: units.kind,
      rural: units.rural,
      dutyPhone: units.dutyPhone,
      parentSlug: parents.slug,
      villages: sql<number>`coalesce(${areaCounts.villages}, 0)`.mapWith(Number),
      communities: sql<number>`coalesce(${areaCounts.communities}, 0)`.mapWith(Number),
    })
    .from(units)
    .leftJoin(parents, eq(parents.id, units.parentId))
    .leftJoin(areaCounts, eq(areaCounts.unitId, units.id))
    .orderBy(asc(units.sort), asc(units.id));
  return rows;
}

// Cheap checks for the proxy, which answers an unknown address with a real 404
// before the page is rendered; the pages still read (and check) for themselves.
// Both answer from the cache: every published badge and every slug, a few kB.

/** Whether /officers/<badge> shows someone: a published officer has this badge. */
export async function officerExists(_ctx: Ctx, badgeNumber: string): Promise<boolean> {
  if (!badgePattern.test(badgeNumber)) return false;
  const badges = await cached("directory", "published-badges", async () => {
    const db = await getDb();
    return new Set((await db.select({ badge: officers.badgeNumber }).from(officers).where(published)).map((r) => r.badge));
  });
  return badges.has(badgeNumber);
}

/** Whether /units/<slug> shows a unit. */
export async function unitExists(_ctx: Ctx, slug: string): Promise<boolean> {
  if (slug.length > 80 || !slugPattern.test(slug)) return false;
  const slugs = await cached("directory", "unit-slugs", async () => {
    const db = await getDb();
    return new Set((await db.select({ slug: units.slug }).from(units)).map((r) => r.slug));
  });
  return slugs.has(slug);
}
