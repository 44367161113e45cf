import "server-only";

import { asc, eq, sql } from "drizzle-orm";

import { getDb, type Db } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { toCsv } from "@/lib/core/csv";

import { cached } from "../cache";
import type { Ctx } from "../context";

export const PUBLIC_OFFICER_COLUMNS = [
  "badge_number",
  "name",
  "name_pinyin",
  "title",
  "unit",
  "unit_slug",
  "phone",
  "office_phone",
  "areas",
] as const;

/** Cached until the directory changes (domain/cache.ts). */
export async function publishedOfficersCsv(_ctx: Ctx): Promise<string> {
  return cached("directory", "officers.csv", loadOfficersCsv);
}

export type PublishedOfficerRow = Awaited<ReturnType<typeof publishedOfficerRows>>[number];

/** Published officers in directory order, their areas joined by ";". Never an unpublished officer. */
export async function publishedOfficerRows(db: Db) {
  const areaNames = db.$with("area_names").as(
    db
      .select({
        officerId: areas.responsibleOfficerId,
        names: sql<string>`string_agg(${areas.nameZh}, ';' order by ${areas.namePinyin})`.as("names"),
      })
      .from(areas)
      .groupBy(areas.responsibleOfficerId),
  );
  return db
    .with(areaNames)
    .select({
      badgeNumber: officers.badgeNumber,
      nameZh: officers.nameZh,
      namePinyin: officers.namePinyin,
      titleZh: officers.titleZh,
      unitName: units.nameZh,
      unitSlug: units.slug,
      phone: officers.phone,
      officePhone: officers.officePhone,
      areas: areaNames.names,
    })
    .from(officers)
    .innerJoin(units, eq(units.id, officers.unitId))
    .leftJoin(areaNames, eq(areaNames.officerId, officers.id))
    .where(eq(officers.published, true))
    .orderBy(asc(units.sort), asc(units.id), sql`${officers.leadershipRank} asc nulls last`, asc(officers.sort), asc(officers.badgeNumber));
}

async function loadOfficersCsv(): Promise<string> {
  const rows = await publishedOfficerRows(await getDb());
  return toCsv(
    PUBLIC_OFFICER_COLUMNS,
    rows.map((r) => [r.badgeNumber, r.nameZh, r.namePinyin, r.titleZh, r.unitName, r.unitSlug, r.phone, r.officePhone, r.areas ?? ""]),
  );
}
