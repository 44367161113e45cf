import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { officers, units } from "@/db/schema";
import { personPinyin } from "@/lib/core/pinyin";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { OfficerForm } from "./schemas";

const OfficerId = z.coerce.number().int().positive();

/** Creates an officer (id null) or updates one; a move to another unit is an update of unitId. */
export async function saveOfficer(ctx: Ctx, officerId: unknown, input: unknown): Promise<{ id: number }> {
  requirePermission(ctx, "directory.edit");
  const id = officerId === null ? null : OfficerId.parse(officerId);
  const form = parseForm(OfficerForm, input);
  const data = { ...form, namePinyin: form.namePinyin || personPinyin(form.nameZh) };
  const db = await getDb();
  try {
    return await changing(db, ["directory"], async (tx) => {
      const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, data.unitId));
      if (!unit) throw new ValidationError({ unitId: "unknownUnit" });
      if (id === null) {
        const [row] = await tx.insert(officers).values(data).returning({ id: officers.id });
        await recordAudit(tx, ctx, {
          action: "officer.create",
          entity: "officer",
          entityId: row!.id,
          detail: { badgeNumber: data.badgeNumber },
        });
        return { id: row!.id };
      }
      const [before] = await tx.select().from(officers).where(eq(officers.id, id)).for("update");
      if (!before) throw new NotFoundError(`officer ${id}`);
      await tx.update(officers).set(data).where(eq(officers.id, id));
      const changed = Object.keys(data).filter((k) => data[k as keyof typeof data] !== before[k as keyof typeof before]);
      await recordAudit(tx, ctx, { action: "officer.update", entity: "officer", entityId: id, detail: { changed } });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError({ badgeNumber: "badgeTaken" });
    throw error;
  }
}

export const SetPublishedInput = z.object({
  officerId: z.coerce.number().int().positive(),
  published: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Publishes or withdraws an officer from every public page at once. */
export async function setOfficerPublished(ctx: Ctx, input: z.input<typeof SetPublishedInput>): Promise<void> {
  requirePermission(ctx, "directory.edit");
  const { officerId, published } = SetPublishedInput.parse(input);
  const db = await getDb();
  await changing(db, ["directory"], async (tx) => {
    const [row] = await tx.update(officers).set({ published }).where(eq(officers.id, officerId)).returning({ id: officers.id });
    if (!row) throw new NotFoundError(`officer ${officerId}`);
    await recordAudit(tx, ctx, { action: published ? "officer.publish" : "officer.unpublish", entity: "officer", entityId: officerId });
  });
}
