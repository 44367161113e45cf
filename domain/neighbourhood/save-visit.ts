import "server-only";

import { and, eq, inArray, or } from "drizzle-orm";
import type { z } from "zod";

import { getDb, type Tx } from "@/db/client";
import { areas, officers, units, visitOfficers, visits } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { parseForm } from "../validation";
import { beijingTime, VisitForm } from "./forms";
import { requireStationStaff } from "./scope";

/** The units a station's visits may name places and officers of: itself and its work stations. */
async function stationUnitIds(tx: Tx, unitId: number): Promise<number[]> {
  const rows = await tx
    .select({ id: units.id })
    .from(units)
    .where(or(eq(units.id, unitId), eq(units.parentId, unitId)));
  return rows.map((r) => r.id);
}

/** Creates a station's visit or meeting, or updates one (its public summary afterwards). Audited. */
export async function saveVisit(ctx: Ctx, input: z.input<typeof VisitForm>): Promise<{ id: number }> {
  const form = parseForm(VisitForm, input);
  requireStationStaff(ctx, form.unitId);
  const db = await getDb();
  return changing(db, ["neighbourhood"], async (tx) => {
    const own = await stationUnitIds(tx, form.unitId);
    if (form.areaId) {
      const [area] = await tx
        .select({ id: areas.id })
        .from(areas)
        .where(and(eq(areas.id, form.areaId), inArray(areas.unitId, own)));
      if (!area) throw new ValidationError({ areaId: "chooseArea" });
    }
    if (form.officerIds.length) {
      const found = await tx
        .select({ id: officers.id })
        .from(officers)
        .where(and(inArray(officers.id, form.officerIds), inArray(officers.unitId, own)));
      if (found.length !== new Set(form.officerIds).size) throw new ValidationError({ officerIds: "unknownOfficer" });
    }
    const values = {
      areaId: form.areaId,
      place: form.place,
      placeEn: form.placeEn,
      purpose: form.purpose,
      purposeEn: form.purposeEn,
      startsAt: beijingTime(form.day, form.startTime),
      endsAt: beijingTime(form.day, form.endTime),
      summary: form.summary,
      summaryEn: form.summaryEn,
      householdsVisited: form.householdsVisited,
    };
    let id: number;
    if (form.id) {
      const [updated] = await tx
        .update(visits)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(visits.id, form.id), eq(visits.unitId, form.unitId)))
        .returning({ id: visits.id });
      if (!updated) throw new NotFoundError("visit");
      id = updated.id;
      await tx.delete(visitOfficers).where(eq(visitOfficers.visitId, id));
    } else {
      const [created] = await tx
        .insert(visits)
        .values({ unitId: form.unitId, ...values })
        .returning({ id: visits.id });
      id = created!.id;
    }
    if (form.officerIds.length)
      await tx.insert(visitOfficers).values([...new Set(form.officerIds)].map((officerId) => ({ visitId: id, officerId })));
    await recordAudit(tx, ctx, {
      action: form.id ? "visit.update" : "visit.create",
      entity: "visit",
      entityId: id,
      detail: { unitId: form.unitId },
    });
    return { id };
  });
}
