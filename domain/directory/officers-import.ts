import "server-only";

import { sql } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { officers, units } from "@/db/schema";
import type { CsvRow } from "@/lib/core/csv";
import { personPinyin } from "@/lib/core/pinyin";

import { officerColumns, type ImportProblem } from "./import-formats";
import { countChanges, withSchemaProblems } from "./import-rows";
import { OfficerForm } from "./schemas";

export type OfficerPlan =
  | { ok: false; errors: ImportProblem[] }
  | { ok: true; rowCount: number; changes: OfficerForm[]; inserts: number; updates: number; unchanged: number };

/** Checks every row against the officer form and the database; says what importing would change. */
export async function planOfficers(db: Db | Tx, rows: readonly CsvRow[]): Promise<OfficerPlan> {
  const [unitRows, existingRows] = await Promise.all([
    db.select({ id: units.id, slug: units.slug }).from(units),
    db
      .select({
        badgeNumber: officers.badgeNumber,
        nameZh: officers.nameZh,
        namePinyin: officers.namePinyin,
        titleZh: officers.titleZh,
        titleEn: officers.titleEn,
        unitId: officers.unitId,
        phone: officers.phone,
        officePhone: officers.officePhone,
        leadershipRank: officers.leadershipRank,
        published: officers.published,
        sort: officers.sort,
      })
      .from(officers),
  ]);
  const unitIds = new Map(unitRows.map((u) => [u.slug, u.id]));
  const existing = new Map(existingRows.map((o) => [o.badgeNumber, o]));
  const seenBadges = new Set<string>();
  const errors: ImportProblem[] = [];
  const valid: OfficerForm[] = [];

  for (const row of rows) {
    const v = row.values;
    const found: ImportProblem[] = [];
    const unitSlug = v.unit_slug ?? "";
    const unitId = unitIds.get(unitSlug);
    if (unitSlug !== "" && unitId === undefined) found.push({ line: row.line, field: "unit_slug", reason: "unknownUnit" });
    const parsed = OfficerForm.safeParse({
      badgeNumber: v.badge_number,
      nameZh: v.name,
      namePinyin: v.name_pinyin,
      titleZh: v.title,
      titleEn: v.title_en,
      unitId: unitId ?? "",
      phone: v.phone,
      officePhone: v.office_phone,
      leadershipRank: v.leadership_rank,
      // Spreadsheet programs save booleans as TRUE/FALSE.
      published: v.published?.toLowerCase(),
      sort: v.sort,
    });
    const badge = (v.badge_number ?? "").trim();
    if (badge !== "" && seenBadges.has(badge)) found.push({ line: row.line, field: "badge_number", reason: "duplicateRow" });
    seenBadges.add(badge);
    const problems = withSchemaProblems(row, found, parsed.error, officerColumns);
    if (problems.length > 0) errors.push(...problems);
    // An empty pinyin column is filled from the hanzi, as the edit form does.
    else if (parsed.success) valid.push({ ...parsed.data, namePinyin: parsed.data.namePinyin || personPinyin(parsed.data.nameZh) });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rowCount: rows.length, ...countChanges(valid, (o) => existing.get(o.badgeNumber)) };
}

const CHUNK = 1000;
const excluded = (column: string) => sql.raw(`excluded.${column}`);

/** Inserts new officers and updates known ones by badge number, a thousand rows a statement. */
export async function upsertOfficers(tx: Tx, changes: readonly OfficerForm[]): Promise<void> {
  for (let i = 0; i < changes.length; i += CHUNK) {
    await tx
      .insert(officers)
      .values(changes.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: officers.badgeNumber,
        set: {
          nameZh: excluded("name_zh"),
          namePinyin: excluded("name_pinyin"),
          titleZh: excluded("title_zh"),
          titleEn: excluded("title_en"),
          unitId: excluded("unit_id"),
          phone: excluded("phone"),
          officePhone: excluded("office_phone"),
          leadershipRank: excluded("leadership_rank"),
          published: excluded("published"),
          sort: excluded("sort"),
        },
      });
  }
}
