import "server-only";

import { and, asc, eq, ilike, inArray, like, or, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { searchText } from "@/lib/core/query-params";
import { slugPattern } from "@/lib/core/values";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { officerCardColumns, unitRefColumns, type OfficerCard, type UnitRef } from "./cards";
import { compactPinyin, escapeLike } from "./search";

export const UnitPageInput = z.object({
  slug: z.string().max(80).regex(slugPattern),
  q: searchText(50),
});
// The slug from the path and q from the query string: anything may arrive.
export type UnitPageInput = { slug: unknown; q?: unknown };

export type AreaGroup = { officer: OfficerCard | null; areas: { nameZh: string; nameEn: string; kind: "community" | "village" }[] };

export type UnitPage = UnitRef & {
  kind: string;
  rural: boolean;
  addressZh: string;
  addressEn: string;
  dutyPhone: string;
  hoursZh: string;
  hoursEn: string;
  parent: UnitRef | null;
  children: (UnitRef & { kind: string; dutyPhone: string })[];
  officers: OfficerCard[];
  areaGroups: AreaGroup[];
  areaTotal: number;
  q: string;
};

/** Cached until the directory changes (domain/cache.ts). */
export async function getUnitPage(_ctx: Ctx, input: UnitPageInput): Promise<UnitPage> {
  const parsed = UnitPageInput.safeParse(input);
  // An address that is no unit's slug names no unit.
  if (!parsed.success) throw new NotFoundError("unit");
  const query = parsed.data;
  return cached("directory", `unit:${JSON.stringify(query)}`, () => loadUnitPage(query));
}

/**
 * A unit with its people and areas. A rural station covers hundreds of
 * villages: they come grouped by responsible officer, and `q` narrows them.
 */
async function loadUnitPage({ slug, q }: z.output<typeof UnitPageInput>): Promise<UnitPage> {
  const db = await getDb();
  const [unit] = await db.select().from(units).where(eq(units.slug, slug)).limit(1);
  if (!unit) throw new NotFoundError(`unit ${slug}`);

  const pinyin = compactPinyin(q);
  const areaFilter = q
    ? or(ilike(areas.nameZh, `%${escapeLike(q)}%`), /^[a-zü]+$/.test(pinyin) ? like(areas.namePinyin, `%${pinyin}%`) : undefined)
    : undefined;

  const [parent, children, people, unitAreas, [{ total } = { total: 0 }]] = await Promise.all([
    unit.parentId ? db.select(unitRefColumns).from(units).where(eq(units.id, unit.parentId)).limit(1) : Promise.resolve([]),
    db
      .select({ ...unitRefColumns, kind: units.kind, dutyPhone: units.dutyPhone })
      .from(units)
      .where(eq(units.parentId, unit.id))
      .orderBy(asc(units.sort)),
    db
      .select({ id: officers.id, ...officerCardColumns })
      .from(officers)
      .innerJoin(units, eq(units.id, officers.unitId))
      .where(and(eq(officers.unitId, unit.id), eq(officers.published, true)))
      .orderBy(sql`${officers.leadershipRank} asc nulls last`, asc(officers.sort), asc(officers.id)),
    db
      .select({ nameZh: areas.nameZh, nameEn: areas.nameEn, kind: areas.kind, officerId: areas.responsibleOfficerId })
      .from(areas)
      .where(and(eq(areas.unitId, unit.id), areaFilter))
      .orderBy(asc(areas.namePinyin)),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(areas)
      .where(eq(areas.unitId, unit.id)),
  ]);

  // Responsible officers may belong to the unit's work stations: look them up together.
  const responsibleIds = [...new Set(unitAreas.map((a) => a.officerId).filter((id): id is number => id !== null))];
  const responsible = new Map<number, OfficerCard>();
  if (responsibleIds.length) {
    const rows = await db
      .select({ id: officers.id, ...officerCardColumns })
      .from(officers)
      .innerJoin(units, eq(units.id, officers.unitId))
      .where(and(inArray(officers.id, responsibleIds), eq(officers.published, true)));
    for (const { id, ...card } of rows) responsible.set(id, card);
  }
  const groups = new Map<string, AreaGroup>();
  for (const { officerId, ...area } of unitAreas) {
    const officer = officerId ? (responsible.get(officerId) ?? null) : null;
    const key = officer?.badgeNumber ?? "";
    const group = groups.get(key) ?? { officer, areas: [] };
    group.areas.push(area);
    groups.set(key, group);
  }

  return {
    slug: unit.slug,
    nameZh: unit.nameZh,
    nameEn: unit.nameEn,
    kind: unit.kind,
    rural: unit.rural,
    addressZh: unit.addressZh,
    addressEn: unit.addressEn,
    dutyPhone: unit.dutyPhone,
    hoursZh: unit.hoursZh,
    hoursEn: unit.hoursEn,
    parent: parent[0] ?? null,
    children,
    officers: people.map(({ id: _id, ...card }) => card),
    areaGroups: [...groups.values()].sort((a, b) => Number(a.officer === null) - Number(b.officer === null)),
    areaTotal: total,
    q,
  };
}
