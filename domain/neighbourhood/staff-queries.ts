import "server-only";

import { asc, eq, inArray, or } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, officers, priorities, units, visits } from "@/db/schema";

import type { Ctx } from "../context";
import { ForbiddenError, NotFoundError } from "../errors";
import { can, requirePermission } from "../permissions";
import { getUnitNeighbourhood, getVisit, type StationNeighbourhood } from "./queries";
import { requireStationStaff } from "./scope";

export type StaffNeighbourhood = {
  station: StationNeighbourhood;
  /** Stations a moderator may switch to; empty for an officer, who keeps their own. */
  stations: { id: number; slug: string; nameZh: string; nameEn: string }[];
  areas: { id: number; nameZh: string; nameEn: string }[];
  officers: { id: number; nameZh: string; namePinyin: string; badgeNumber: string }[];
};

/** The staff screen of a station's priorities and visits: the officer's own station, or any (by slug or id) for a moderator. */
export async function getStaffNeighbourhood(ctx: Ctx, slug?: string): Promise<StaffNeighbourhood> {
  requirePermission(ctx, "neighbourhood.edit");
  const db = await getDb();
  const mayAll = can(ctx, "neighbourhood.editAll");
  const stations = mayAll
    ? await db
        .select({ id: units.id, slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn })
        .from(units)
        .where(eq(units.kind, "station"))
        .orderBy(asc(units.sort), asc(units.id))
    : [];
  let chosen: string | undefined;
  if (mayAll) chosen = stations.find((s) => s.slug === slug || String(s.id) === slug)?.slug ?? stations[0]?.slug;
  else if (ctx.actor.unitId !== null)
    chosen = (await db.select({ slug: units.slug }).from(units).where(eq(units.id, ctx.actor.unitId)))[0]?.slug;
  if (!chosen) throw new NotFoundError("station");
  const station = await getUnitNeighbourhood(ctx, chosen);
  const own = (
    await db
      .select({ id: units.id })
      .from(units)
      .where(or(eq(units.id, station.id), eq(units.parentId, station.id)))
  ).map((u) => u.id);
  const [areaList, officerList] = await Promise.all([
    db
      .select({ id: areas.id, nameZh: areas.nameZh, nameEn: areas.nameEn })
      .from(areas)
      .where(inArray(areas.unitId, own))
      .orderBy(asc(areas.namePinyin)),
    db
      .select({ id: officers.id, nameZh: officers.nameZh, namePinyin: officers.namePinyin, badgeNumber: officers.badgeNumber })
      .from(officers)
      .where(inArray(officers.unitId, own))
      .orderBy(asc(officers.sort), asc(officers.badgeNumber)),
  ]);
  return { station, stations, areas: areaList, officers: officerList };
}

/** The station of a priority or visit the reader may edit; NotFound or Forbidden otherwise. */
async function editableItemUnit(ctx: Ctx, kind: "priority" | "visit", id: string): Promise<number> {
  requirePermission(ctx, "neighbourhood.edit");
  if (!/^\d{1,9}$/.test(id)) throw new NotFoundError(kind);
  const db = await getDb();
  const table = kind === "priority" ? priorities : visits;
  const [row] = await db
    .select({ unitId: table.unitId })
    .from(table)
    .where(eq(table.id, Number(id)));
  if (!row) throw new NotFoundError(kind);
  requireStationStaff(ctx, row.unitId);
  return row.unitId;
}

/** Whether the reader may open a priority's or visit's edit page: the proxy answers 404 when not. */
export async function staffNeighbourhoodItemVisible(ctx: Ctx, kind: "priority" | "visit", id: string): Promise<boolean> {
  try {
    await editableItemUnit(ctx, kind, id);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return false;
    throw error;
  }
}

/** One priority or visit of a station, with the station's choices, for its edit page; refused outside the officer's station. */
export async function getStaffNeighbourhoodItem(ctx: Ctx, kind: "priority" | "visit", id: string) {
  const unitId = await editableItemUnit(ctx, kind, id);
  const db = await getDb();
  const [unit] = await db.select({ slug: units.slug }).from(units).where(eq(units.id, unitId));
  const staff = await getStaffNeighbourhood(ctx, can(ctx, "neighbourhood.editAll") ? unit!.slug : undefined);
  const all = [...staff.station.upcoming, ...staff.station.past];
  const visit = kind === "visit" ? (all.find((v) => v.id === Number(id)) ?? (await getVisit(ctx, Number(id)))) : null;
  const priority = kind === "priority" ? (staff.station.priorities.find((p) => p.id === Number(id)) ?? null) : null;
  return { ...staff, visit, priority };
}
