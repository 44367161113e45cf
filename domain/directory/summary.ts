import "server-only";

import { count, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, officers, units } from "@/db/schema";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";

export type DirectorySummary = {
  units: number;
  officers: number;
  communities: number;
  villages: number;
  myUnit: { nameZh: string; nameEn: string } | null;
};

/** Staff dashboard figures for the directory, and the caller's own unit. */
export async function getDirectorySummary(ctx: Ctx): Promise<DirectorySummary> {
  requirePermission(ctx, "directory.view");
  const db = await getDb();
  const [[unitCount], [officerCount], areaCounts, myUnit] = await Promise.all([
    db.select({ n: count() }).from(units),
    db.select({ n: count() }).from(officers),
    db.select({ kind: areas.kind, n: count() }).from(areas).groupBy(areas.kind),
    ctx.actor.unitId
      ? db.select({ nameZh: units.nameZh, nameEn: units.nameEn }).from(units).where(eq(units.id, ctx.actor.unitId)).limit(1)
      : Promise.resolve([]),
  ]);
  const areasOf = (kind: string) => areaCounts.find((a) => a.kind === kind)?.n ?? 0;
  return {
    units: unitCount?.n ?? 0,
    officers: officerCount?.n ?? 0,
    communities: areasOf("community"),
    villages: areasOf("village"),
    myUnit: myUnit[0] ?? null,
  };
}
