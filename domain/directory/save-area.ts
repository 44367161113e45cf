import "server-only";

import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { areas, officers, units } from "@/db/schema";
import { placePinyin } from "@/lib/core/pinyin";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { AreaForm, AssignAreasForm } from "./schemas";

const AreaId = z.coerce.number().int().positive();

/** Creates (id null) or updates a village or community. */
export async function saveArea(ctx: Ctx, areaId: unknown, input: unknown): Promise<{ id: number }> {
  requirePermission(ctx, "directory.edit");
  const id = areaId === null ? null : AreaId.parse(areaId);
  const form = parseForm(AreaForm, input);
  const data = { ...form, namePinyin: form.namePinyin || placePinyin(form.nameZh) };
  const db = await getDb();
  try {
    return await changing(db, ["directory"], async (tx) => {
      const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, data.unitId));
      if (!unit) throw new ValidationError({ unitId: "unknownUnit" });
      if (data.responsibleOfficerId !== null) {
        const [officer] = await tx.select({ id: officers.id }).from(officers).where(eq(officers.id, data.responsibleOfficerId));
        if (!officer) throw new ValidationError({ responsibleOfficerId: "unknownOfficer" });
      }
      if (id === null) {
        const [row] = await tx.insert(areas).values(data).returning({ id: areas.id });
        await recordAudit(tx, ctx, { action: "area.create", entity: "area", entityId: row!.id, detail: { nameZh: data.nameZh } });
        return { id: row!.id };
      }
      const [row] = await tx.update(areas).set(data).where(eq(areas.id, id)).returning({ id: areas.id });
      if (!row) throw new NotFoundError(`area ${id}`);
      await recordAudit(tx, ctx, { action: "area.update", entity: "area", entityId: id });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ nameZh: "areaTaken" });
    throw error;
  }
}

/** Makes one officer responsible for many villages and communities at once. */
export async function assignResponsibleOfficer(ctx: Ctx, input: unknown): Promise<{ updated: number }> {
  requirePermission(ctx, "directory.edit");
  const { areaIds, responsibleOfficerId } = parseForm(AssignAreasForm, input);
  const db = await getDb();
  return changing(db, ["directory"], async (tx) => {
    const [officer] = await tx.select({ id: officers.id }).from(officers).where(eq(officers.id, responsibleOfficerId));
    if (!officer) throw new ValidationError({ responsibleOfficerId: "unknownOfficer" });
    const rows = await tx
      .update(areas)
      .set({ responsibleOfficerId })
      .where(and(inArray(areas.id, areaIds)))
      .returning({ id: areas.id });
    await recordAudit(tx, ctx, {
      action: "area.assign",
      entity: "officer",
      entityId: responsibleOfficerId,
      detail: { areas: rows.length },
    });
    return { updated: rows.length };
  });
}
