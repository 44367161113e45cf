import "server-only";

import { asc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { officers, units } from "@/db/schema";
import { toCsv } from "@/lib/core/csv";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { officerColumns, type OfficerColumn } from "./import-formats";

const header = Object.keys(officerColumns) as OfficerColumn[];

/**
 * Every officer, published or not, in the import format. The order is total
 * (badge numbers are unique), so exporting twice gives the same bytes.
 */
export async function exportOfficersCsv(ctx: Ctx): Promise<string> {
  requirePermission(ctx, "directory.view");
  const db = await getDb();
  const rows = await db
    .select({ officer: officers, unitSlug: units.slug })
    .from(officers)
    .innerJoin(units, eq(units.id, officers.unitId))
    .orderBy(asc(units.sort), asc(units.id), asc(officers.sort), asc(officers.badgeNumber));
  return toCsv(
    header,
    rows.map(({ officer: o, unitSlug }) => {
      const record: Record<OfficerColumn, string | number | null> = {
        badge_number: o.badgeNumber,
        name: o.nameZh,
        name_pinyin: o.namePinyin,
        title: o.titleZh,
        title_en: o.titleEn,
        unit_slug: unitSlug,
        phone: o.phone,
        office_phone: o.officePhone,
        leadership_rank: o.leadershipRank,
        published: o.published ? "true" : "false",
        sort: o.sort,
      };
      return header.map((column) => record[column]);
    }),
  );
}
