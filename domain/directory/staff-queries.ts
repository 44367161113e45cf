import "server-only";

import { and, asc, eq, gt, ilike, inArray, like, or, type SQL } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { intId, searchText } from "@/lib/core/query-params";

import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { compactPinyin, escapeLike } from "./search";

// Staff reads: unpublished officers included, for staff eyes only.

const OfficerListInput = z.object({
  q: searchText(50),
  after: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .catch(undefined),
});

const PAGE = 50;

/** Officers by badge number, keyset-paginated, optionally narrowed by name, pinyin or badge. */
export async function listStaffOfficers(ctx: Ctx, input: Partial<Record<"q" | "after", unknown>>) {
  requirePermission(ctx, "directory.view");
  const { q, after } = OfficerListInput.parse(input);
  const db = await getDb();
  const pinyin = compactPinyin(q);
  const filters: (SQL | undefined)[] = [after ? gt(officers.badgeNumber, after) : undefined];
  if (q) {
    filters.push(
      or(
        ilike(officers.nameZh, `%${escapeLike(q)}%`),
        like(officers.badgeNumber, `${escapeLike(q)}%`),
        /^[a-zü]+$/.test(pinyin) ? like(officers.searchPinyin, `%${pinyin}%`) : undefined,
      ),
    );
  }
  const rows = await db
    .select({
      id: officers.id,
      badgeNumber: officers.badgeNumber,
      nameZh: officers.nameZh,
      namePinyin: officers.namePinyin,
      titleZh: officers.titleZh,
      titleEn: officers.titleEn,
      published: officers.published,
      unitNameZh: units.nameZh,
      unitNameEn: units.nameEn,
    })
    .from(officers)
    .innerJoin(units, eq(units.id, officers.unitId))
    .where(and(...filters))
    .orderBy(asc(officers.badgeNumber))
    .limit(PAGE + 1);
  return { q, officers: rows.slice(0, PAGE), next: rows.length > PAGE ? rows[PAGE - 1]!.badgeNumber : null };
}

export async function getStaffOfficer(ctx: Ctx, id: unknown) {
  requirePermission(ctx, "directory.view");
  const officerId = intId.safeParse(id);
  if (!officerId.success) throw new NotFoundError("officer");
  const db = await getDb();
  const [row] = await db.select().from(officers).where(eq(officers.id, officerId.data));
  if (!row) throw new NotFoundError(`officer ${officerId.data}`);
  return row;
}

/** Every unit, for the tree and for unit pickers. */
export async function listStaffUnits(ctx: Ctx) {
  requirePermission(ctx, "directory.view");
  const db = await getDb();
  return db.select().from(units).orderBy(asc(units.sort), asc(units.id));
}

export async function getStaffUnit(ctx: Ctx, id: unknown) {
  requirePermission(ctx, "directory.view");
  const unitId = intId.safeParse(id);
  if (!unitId.success) throw new NotFoundError("unit");
  const db = await getDb();
  const [row] = await db.select().from(units).where(eq(units.id, unitId.data));
  if (!row) throw new NotFoundError(`unit ${unitId.data}`);
  return row;
}

/** A unit's villages and communities with their responsible officers, and who could take them on. */
export async function listStaffAreas(ctx: Ctx, input: Partial<Record<"unit" | "q", unknown>>) {
  requirePermission(ctx, "directory.view");
  const parsed = z.object({ unit: intId, q: searchText(50) }).safeParse(input);
  if (!parsed.success) throw new NotFoundError("unit");
  const { unit, q } = parsed.data;
  const db = await getDb();
  const pinyin = compactPinyin(q);
  const [rows, candidates] = await Promise.all([
    db
      .select({
        id: areas.id,
        nameZh: areas.nameZh,
        nameEn: areas.nameEn,
        kind: areas.kind,
        officerId: officers.id,
        officerNameZh: officers.nameZh,
        officerPinyin: officers.namePinyin,
      })
      .from(areas)
      .leftJoin(officers, eq(officers.id, areas.responsibleOfficerId))
      .where(
        and(
          eq(areas.unitId, unit),
          q
            ? or(ilike(areas.nameZh, `%${escapeLike(q)}%`), /^[a-zü]+$/.test(pinyin) ? like(areas.namePinyin, `%${pinyin}%`) : undefined)
            : undefined,
        ),
      )
      .orderBy(asc(areas.namePinyin))
      .limit(1000),
    listResponsibleCandidates(ctx, unit),
  ]);
  return { unit, q, areas: rows, candidates };
}

export async function getStaffArea(ctx: Ctx, id: unknown) {
  requirePermission(ctx, "directory.view");
  const areaId = intId.safeParse(id);
  if (!areaId.success) throw new NotFoundError("area");
  const db = await getDb();
  const [row] = await db.select().from(areas).where(eq(areas.id, areaId.data));
  if (!row) throw new NotFoundError(`area ${areaId.data}`);
  return row;
}

/** Who may answer for a station's areas: its own officers and those of its work stations. */
export async function listResponsibleCandidates(ctx: Ctx, unitId: number) {
  requirePermission(ctx, "directory.view");
  const db = await getDb();
  const unitIds = (
    await db
      .select({ id: units.id })
      .from(units)
      .where(or(eq(units.id, unitId), eq(units.parentId, unitId)))
  ).map((u) => u.id);
  return db
    .select({ id: officers.id, nameZh: officers.nameZh, namePinyin: officers.namePinyin, badgeNumber: officers.badgeNumber })
    .from(officers)
    .where(inArray(officers.unitId, unitIds.length ? unitIds : [unitId]))
    .orderBy(asc(officers.sort), asc(officers.id));
}

// Cheap checks for the proxy's 404 on /staff/directory/<kind>/<id>; the pages read for themselves.

async function idExists(ctx: Ctx, table: typeof officers | typeof units | typeof areas, id: unknown): Promise<boolean> {
  requirePermission(ctx, "directory.view");
  const parsed = intId.safeParse(id);
  if (!parsed.success) return false;
  const db = await getDb();
  const rows = await db.select({ id: table.id }).from(table).where(eq(table.id, parsed.data)).limit(1);
  return rows.length > 0;
}

export const officerIdExists = (ctx: Ctx, id: unknown) => idExists(ctx, officers, id);
export const unitIdExists = (ctx: Ctx, id: unknown) => idExists(ctx, units, id);
export const areaIdExists = (ctx: Ctx, id: unknown) => idExists(ctx, areas, id);
