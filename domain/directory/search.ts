import "server-only";

import { and, asc, eq, ilike, inArray, like, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { searchText } from "@/lib/core/query-params";
import { slugPattern } from "@/lib/core/values";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { officerCardColumns, unitRefColumns, type OfficerCard, type UnitRef } from "./cards";
import { matchInitials } from "./initials";

export const DirectorySearchInput = z.object({
  q: searchText(50),
  unit: z.string().trim().max(80).regex(slugPattern).optional().catch(undefined),
  show: z.enum(["all", "officers", "areas", "units"]).catch("all").default("all"),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
});
// Straight from the query string: anything may arrive, the schema decides.
export type DirectorySearchInput = Partial<Record<keyof z.input<typeof DirectorySearchInput>, unknown>>;

export type AreaMatch = {
  id: number;
  nameZh: string;
  nameEn: string;
  kind: "community" | "village";
  unit: UnitRef;
  officer: OfficerCard | null;
};
export type UnitMatch = UnitRef & { kind: string; dutyPhone: string };
type Group<T> = { items: T[]; total: number };
export type DirectorySearchResult = {
  q: string;
  unit: UnitRef | null;
  show: "all" | "officers" | "areas" | "units";
  page: number;
  pageSize: number;
  officers: Group<OfficerCard>;
  areas: Group<AreaMatch>;
  units: Group<UnitMatch>;
};

const OVERVIEW_LIMITS = { officers: 10, areas: 5, units: 5 };
const PAGE_SIZE = 20;

/** "Wang Jian-guo" and "wang jianguo" both become "wangjianguo". */
export function compactPinyin(q: string): string {
  return q.toLowerCase().replace(/[\s'’·-]+/g, "");
}

export const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Cached: the directory changes a few times a day, and every change clears it (domain/cache.ts). */
export async function searchDirectory(_ctx: Ctx, input: DirectorySearchInput): Promise<DirectorySearchResult> {
  const query = DirectorySearchInput.parse(input);
  return cached("directory", `search:${JSON.stringify(query)}`, () => loadSearch(query));
}

/**
 * The public directory search: a village or community (and who answers for
 * it), an officer by hanzi, pinyin (whole or partial, with or without spaces)
 * or badge number, or a unit. Published officers only.
 */
async function loadSearch(input: DirectorySearchInput): Promise<DirectorySearchResult> {
  const { q, unit: unitSlug, show, page } = DirectorySearchInput.parse(input);
  const db = await getDb();
  const [unitFilter] = unitSlug
    ? await db
        .select({ id: units.id, ...unitRefColumns })
        .from(units)
        .where(eq(units.slug, unitSlug))
        .limit(1)
    : [];
  const empty = { items: [], total: 0 };
  const unitRef = unitFilter ? { slug: unitFilter.slug, nameZh: unitFilter.nameZh, nameEn: unitFilter.nameEn } : null;
  const result: DirectorySearchResult = { q, unit: unitRef, show, page, pageSize: PAGE_SIZE, officers: empty, areas: empty, units: empty };
  if (!q && !unitFilter) return result;

  const limitFor = (group: keyof typeof OVERVIEW_LIMITS) =>
    show === group
      ? { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }
      : show === "all"
        ? { limit: OVERVIEW_LIMITS[group], offset: 0 }
        : null;

  const contains = `%${escapeLike(q)}%`;
  const pinyin = compactPinyin(q);
  const pinyinContains = /^[a-zü]+$/.test(pinyin) ? `%${pinyin}%` : null;
  const unitIds = unitFilter
    ? sql`(select id from ${units} where ${units.id} = ${unitFilter.id} or ${units.parentId} = ${unitFilter.id})`
    : null;

  // "hzq" finds 黄志强 and "wzc" 王庄村: initials come from an index kept with the cache.
  const initials = q ? await matchInitials(q) : { officerIds: [], areaIds: [] };

  const officerMatch: SQL[] = [];
  if (q) {
    const nameOrBadge = [ilike(officers.nameZh, contains), /^\d{2,6}$/.test(q) ? like(officers.badgeNumber, `${q}%`) : undefined];
    if (pinyinContains) nameOrBadge.push(like(officers.searchPinyin, pinyinContains));
    if (initials.officerIds.length) nameOrBadge.push(inArray(officers.id, initials.officerIds));
    officerMatch.push(or(...nameOrBadge.filter((c): c is SQL => c !== undefined))!);
  }
  if (unitIds) officerMatch.push(sql`${officers.unitId} in ${unitIds}`);

  const officerWindow = limitFor("officers");
  const areaWindow = q ? limitFor("areas") : null;
  const unitWindow = q && !unitFilter ? limitFor("units") : null;

  const [officerRows, areaRows, unitRows] = await Promise.all([
    officerWindow
      ? db
          .select({ ...officerCardColumns, total: sql<number>`count(*) over()`.mapWith(Number) })
          .from(officers)
          .innerJoin(units, eq(units.id, officers.unitId))
          .where(and(eq(officers.published, true), ...officerMatch))
          .orderBy(
            sql`${officers.leadershipRank} asc nulls last`,
            sql`${officers.nameZh} = ${q} desc`,
            asc(units.sort),
            asc(officers.sort),
            asc(officers.id),
          )
          .limit(officerWindow.limit)
          .offset(officerWindow.offset)
      : [],
    areaWindow
      ? db
          .select({
            id: areas.id,
            nameZh: areas.nameZh,
            nameEn: areas.nameEn,
            kind: areas.kind,
            unit: unitRefColumns,
            officerId: areas.responsibleOfficerId,
            total: sql<number>`count(*) over()`.mapWith(Number),
          })
          .from(areas)
          .innerJoin(units, eq(units.id, areas.unitId))
          .where(
            and(
              or(
                ilike(areas.nameZh, contains),
                pinyinContains ? like(areas.namePinyin, pinyinContains) : undefined,
                initials.areaIds.length ? inArray(areas.id, initials.areaIds) : undefined,
              ),
              unitIds ? sql`${areas.unitId} in ${unitIds}` : undefined,
            ),
          )
          .orderBy(sql`${areas.nameZh} = ${q} desc`, sql`length(${areas.nameZh})`, asc(areas.nameZh))
          .limit(areaWindow.limit)
          .offset(areaWindow.offset)
      : [],
    unitWindow
      ? db
          .select({ ...unitRefColumns, kind: units.kind, dutyPhone: units.dutyPhone, total: sql<number>`count(*) over()`.mapWith(Number) })
          .from(units)
          .where(
            or(ilike(units.nameZh, contains), ilike(units.nameEn, contains), pinyinContains ? like(units.slug, `%${pinyin}%`) : undefined),
          )
          .orderBy(asc(units.sort), asc(units.id))
          .limit(unitWindow.limit)
          .offset(unitWindow.offset)
      : [],
  ]);

  const responsible = await responsibleOfficers(areaRows.map((a) => a.officerId).filter((id): id is number => id !== null));
  return {
    ...result,
    officers: { items: officerRows.map(({ total: _t, ...o }) => o), total: officerRows[0]?.total ?? 0 },
    areas: {
      items: areaRows.map(({ total: _t, officerId, ...a }) => ({ ...a, officer: officerId ? (responsible.get(officerId) ?? null) : null })),
      total: areaRows[0]?.total ?? 0,
    },
    units: { items: unitRows.map(({ total: _t, ...u }) => u), total: unitRows[0]?.total ?? 0 },
  };
}

async function responsibleOfficers(ids: number[]): Promise<Map<number, OfficerCard>> {
  if (ids.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ id: officers.id, ...officerCardColumns })
    .from(officers)
    .innerJoin(units, eq(units.id, officers.unitId))
    .where(and(inArray(officers.id, ids), eq(officers.published, true)));
  return new Map(rows.map(({ id, ...card }) => [id, card]));
}
