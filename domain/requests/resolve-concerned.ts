import "server-only";

import { and, eq, or, sql } from "drizzle-orm";

import type { Db } from "@/db/client";
import { areas, officers, units } from "@/db/schema";

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
    const name = form.areaName;
    [area] = await db
      .select({ id: areas.id, unitId: areas.unitId })
      .from(areas)
      .where(or(eq(areas.nameZh, name), eq(areas.namePinyin, compactPinyin(name)), sql`lower(${areas.nameEn}) = lower(${name})`))
      .limit(1);
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
