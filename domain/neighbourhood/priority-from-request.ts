import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { priorities, publications, requests, units } from "@/db/schema";
import { trackingNumberPattern } from "@/lib/core/values";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { priorityRequired, priorityTexts } from "./forms";
import { requireStationStaff } from "./scope";

export const PriorityFromRequestForm = z
  .object({
    trackingNumber: z.string().trim().toUpperCase().regex(trackingNumberPattern, { error: "invalid" }),
    ...priorityTexts,
  })
  .superRefine(priorityRequired);
export type PriorityFromRequestForm = z.infer<typeof PriorityFromRequestForm>;

/**
 * Staff of the report's station (or a moderator) make a published problem
 * report or question that residents backed ("me too") one of the station's
 * neighbourhood priorities. The priority names the report and the report's
 * page shows the priority; a report becomes one priority at most. The
 * station is the report's unit, or the station above its work station. Audited.
 */
export async function makePriorityFromRequest(
  ctx: Ctx,
  input: z.input<typeof PriorityFromRequestForm>,
): Promise<{ id: number; unitId: number }> {
  requirePermission(ctx, "neighbourhood.edit");
  const form = parseForm(PriorityFromRequestForm, input);
  const db = await getDb();
  try {
    return await changing(db, ["neighbourhood"], async (tx) => {
      const [report] = await tx
        .select({
          id: requests.id,
          kind: requests.kind,
          topic: requests.topic,
          unitId: units.id,
          unitKind: units.kind,
          parentId: units.parentId,
          published: publications.requestId,
        })
        .from(requests)
        .leftJoin(units, eq(units.id, requests.unitId))
        .leftJoin(publications, and(eq(publications.requestId, requests.id), isNull(publications.hiddenAt)))
        .where(eq(requests.trackingNumber, form.trackingNumber));
      if (!report) throw new NotFoundError(`request ${form.trackingNumber}`);
      const station = report.unitKind === "work_station" ? report.parentId : report.unitId;
      if (station === null) throw new ConflictError("no station", "noStation");
      requireStationStaff(ctx, station);
      // Only what residents can back: a published question or problem report.
      const backable = report.kind === "question" || (report.kind === "feedback" && report.topic === "problem");
      if (!backable || report.published === null) throw new ConflictError("not a published report", "notPublishedReport");
      const { trackingNumber, ...texts } = form;
      const [created] = await tx
        .insert(priorities)
        .values({ ...texts, unitId: station, requestId: report.id })
        .returning({ id: priorities.id });
      await recordAudit(tx, ctx, {
        action: "priority.fromRequest",
        entity: "priority",
        entityId: created!.id,
        detail: { unitId: station, trackingNumber },
      });
      return { id: created!.id, unitId: station };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("already a priority", "alreadyPriority");
    throw error;
  }
}
