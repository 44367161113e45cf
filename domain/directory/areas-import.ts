import "server-only";

import { sql } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import type { CsvRow } from "@/lib/core/csv";
import { placePinyin } from "@/lib/core/pinyin";

import { areaColumns, type ImportProblem } from "./import-formats";
import { countChanges, withSchemaProblems } from "./import-rows";
import { AreaForm } from "./schemas";

export type AreaPlan =
  | { ok: false; errors: ImportProblem[] }
  | { ok: true; rowCount: number; changes: AreaForm[]; inserts: number; updates: number; unchanged: number };

// (unit, Chinese name) is what identifies an area, as the table's unique key does.
const areaKey = (unitId: number | string, nameZh: string) => `${unitId}\u0000${nameZh}`;

/** Checks every row against the area form and the database; says what importing would change. */
export async function planAreas(db: Db | Tx, rows: readonly CsvRow[]): Promise<AreaPlan> {
  const [unitRows, officerRows, existingRows] = await Promise.all([
    db.select({ id: units.id, slug: units.slug }).from(units),
    db.select({ id: officers.id, badgeNumber: officers.badgeNumber }).from(officers),
    db
      .select({
        unitId: areas.unitId,
        nameZh: areas.nameZh,
        nameEn: areas.nameEn,
        namePinyin: areas.namePinyin,
        kind: areas.kind,
        responsibleOfficerId: areas.responsibleOfficerId,
      })
      .from(areas),
  ]);
  const unitIds = new Map(unitRows.map((u) => [u.slug, u.id]));
  const officerIds = new Map(officerRows.map((o) => [o.badgeNumber, o.id]));
  const existing = new Map(existingRows.map((a) => [areaKey(a.unitId, a.nameZh), a]));
  const seen = new Set<string>();
  const errors: ImportProblem[] = [];
  const valid: AreaForm[] = [];

  for (const row of rows) {
    const v = row.values;
    const found: ImportProblem[] = [];
    const unitSlug = v.unit_slug ?? "";
    const unitId = unitIds.get(unitSlug);
    if (unitSlug !== "" && unitId === undefined) found.push({ line: row.line, field: "unit_slug", reason: "unknownUnit" });
    const badge = v.responsible_badge ?? "";
    const officerId = officerIds.get(badge);
    if (badge !== "" && officerId === undefined) found.push({ line: row.line, field: "responsible_badge", reason: "unknownBadge" });
    const name = (v.name ?? "").trim();
    if (name !== "" && seen.has(areaKey(unitSlug, name))) found.push({ line: row.line, field: "name", reason: "duplicateRow" });
    seen.add(areaKey(unitSlug, name));
    const parsed = AreaForm.safeParse({
      unitId: unitId ?? "",
      nameZh: v.name,
      nameEn: v.name_en,
      namePinyin: v.name_pinyin,
      kind: v.kind?.toLowerCase(),
      responsibleOfficerId: officerId ?? "",
    });
    const problems = withSchemaProblems(row, found, parsed.error, areaColumns);
    if (problems.length > 0) errors.push(...problems);
    // An empty pinyin column is filled from the hanzi, as the edit form does.
    else if (parsed.success) valid.push({ ...parsed.data, namePinyin: parsed.data.namePinyin || placePinyin(parsed.data.nameZh) });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rowCount: rows.length, ...countChanges(valid, (a) => existing.get(areaKey(a.unitId, a.nameZh))) };
}

const CHUNK = 1000;
const excluded = (column: string) => sql.raw(`excluded.${column}`);

/** Inserts new areas and updates known ones by unit and Chinese name, a thousand rows a statement. */
export async function upsertAreas(tx: Tx, changes: readonly AreaForm[]): Promise<void> {
  for (let i = 0; i < changes.length; i += CHUNK) {
    await tx
      .insert(areas)
      .values(changes.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [areas.unitId, areas.nameZh],
        set: {
          nameEn: excluded("name_en"),
          namePinyin: excluded("name_pinyin"),
          kind: excluded("kind"),
          responsibleOfficerId: excluded("responsible_officer_id"),
        },
      });
  }
}
