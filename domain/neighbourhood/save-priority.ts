import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { getDb } from "@/db/client";
import { priorities } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { parseForm } from "../validation";
import { PriorityForm } from "./forms";
import { requireStationStaff } from "./scope";

/** Creates a station's priority, or updates one of the same station. Audited. */
export async function savePriority(ctx: Ctx, input: z.input<typeof PriorityForm>): Promise<{ id: number }> {
  const form = parseForm(PriorityForm, input);
  requireStationStaff(ctx, form.unitId);
  const db = await getDb();
  return changing(db, ["neighbourhood"], async (tx) => {
    const { id: _id, unitId: _unitId, ...values } = form;
    let id: number;
    if (form.id) {
      const [updated] = await tx
        .update(priorities)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(priorities.id, form.id), eq(priorities.unitId, form.unitId)))
        .returning({ id: priorities.id });
      if (!updated) throw new NotFoundError("priority");
      id = updated.id;
    } else {
      const [created] = await tx
        .insert(priorities)
        .values({ unitId: form.unitId, ...values })
        .returning({ id: priorities.id });
      id = created!.id;
    }
    await recordAudit(tx, ctx, {
      action: form.id ? "priority.update" : "priority.create",
      entity: "priority",
      entityId: id,
      detail: { unitId: form.unitId },
    });
    return { id };
  });
}
