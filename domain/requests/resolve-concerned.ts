import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb, type Db } from "@/db/client";
import { areas, officers, units } from "@/db/schema";

import { cached } from "../cache";
import { compactPinyin } from "../directory/search";
import { ValidationError } from "../errors";
import type { FeedbackForm } from "./feedback-form";

type Concerned = { areaId: number | null; unitId: number | null; unitConcernedId: number | null; officerConcernedId: number | null };

/**
 * Turns what the resident typed or picked into directory records: the village
 * or community (by its name in hanzi, pinyin or English), the unit and officer
 * concerned. The responsible unit is the area's station, else the unit concerned.
 */
export async function resolveConcerned(db: Db, form: FeedbackForm): Promise<Concerned> {
  const errors: Record<string, string> = {};
  let area: { id: number; unitId: number } | undefined;
  if (form.areaName) {
    area = await findArea(form.areaName);
    if (!area) errors.areaName = "unknownArea";
  }
  let unit: { id: number } | undefined;
  if (form.unitConcerned) {
    [unit] = await db.select({ id: units.id }).from(units).where(eq(units.slug, form.unitConcerned)).limit(1);
    if (!unit) errors.unitConcerned = "unknownUnit";
  }
  let officer: { id: number; unitId: number } | undefined;
  if (form.officerConcerned) {
    [officer] = await db
      .select({ id: officers.id, unitId: officers.unitId })
      .from(officers)
      .where(and(eq(officers.badgeNumber, form.officerConcerned), eq(officers.published, true)))
      .limit(1);
    if (!officer) errors.officerConcerned = "unknownBadge";
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return {
    areaId: area?.id ?? null,
    unitId: area?.unitId ?? unit?.id ?? officer?.unitId ?? null,
    unitConcernedId: unit?.id ?? null,
    officerConcernedId: officer?.id ?? null,
  };
}

type AreaRef = { id: number; unitId: number };

/** A village or community by a name a resident typed (hanzi, pinyin or English), or undefined. */
export async function findArea(name: string): Promise<AreaRef | undefined> {
  const names = await areaNames();
  return names.get(`zh:${name}`) ?? names.get(`pinyin:${compactPinyin(name)}`) ?? names.get(`en:${name.toLowerCase()}`);
}

/**
 * Every village and community by the names a resident may type (hanzi, compact
 * pinyin, English in lower case), kept until the directory changes: a
 * submission then asks the database nothing to find its area.
 */
function areaNames(): Promise<Map<string, AreaRef>> {
  return cached("directory", "area-names", async () => {
    const rows = await (
      await getDb()
    )
      .select({ id: areas.id, unitId: areas.unitId, nameZh: areas.nameZh, namePinyin: areas.namePinyin, nameEn: areas.nameEn })
      .from(areas)
      .orderBy(areas.id);
    const names = new Map<string, AreaRef>();
    // The first area of a name wins, as the lowest id did when the database was asked.
    const add = (key: string, ref: AreaRef) => void (names.has(key) || names.set(key, ref));
    for (const row of rows) {
      const ref = { id: row.id, unitId: row.unitId };
      add(`zh:${row.nameZh}`, ref);
      if (row.namePinyin) add(`pinyin:${row.namePinyin}`, ref);
      if (row.nameEn) add(`en:${row.nameEn.toLowerCase()}`, ref);
    }
    return names;
  });
}
