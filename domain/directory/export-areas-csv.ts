import "server-only";

import { asc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { toCsv } from "@/lib/core/csv";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { areaColumns, type AreaColumn } from "./import-formats";

const header = Object.keys(areaColumns) as AreaColumn[];

/**
 * Every community and village in the import format, its responsible officer
 * by badge number. Ordered by unit and name, unique together: same data, same bytes.
 */
export async function exportAreasCsv(ctx: Ctx): Promise<string> {
  requirePermission(ctx, "directory.view");
  const db = await getDb();
  const rows = await db
    .select({ area: areas, unitSlug: units.slug, responsibleBadge: officers.badgeNumber })
    .from(areas)
    .innerJoin(units, eq(units.id, areas.unitId))
    .leftJoin(officers, eq(officers.id, areas.responsibleOfficerId))
    .orderBy(asc(units.sort), asc(units.id), asc(areas.nameZh));
  return toCsv(
    header,
    rows.map(({ area: a, unitSlug, responsibleBadge }) => {
      const record: Record<AreaColumn, string | null> = {
        unit_slug: unitSlug,
        name: a.nameZh,
        name_en: a.nameEn,
        name_pinyin: a.namePinyin,
        kind: a.kind,
        responsible_badge: responsibleBadge,
      };
      return header.map((column) => record[column]);
    }),
  );
}
