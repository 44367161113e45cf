import "server-only";

import { eq, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";

export const SetUserDisabledInput = z.object({
  userId: z.coerce.number().int().positive(),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetUserDisabledInput = z.input<typeof SetUserDisabledInput>;

/** Disables or re-enables an account; disabling also ends its sessions at once. */
export async function setUserDisabled(ctx: Ctx, input: SetUserDisabledInput): Promise<void> {
  requirePermission(ctx, "user.disable");
  const { userId, disabled } = SetUserDisabledInput.parse(input);
  if (userId === ctx.actor.userId) throw new ConflictError("admins cannot disable themselves");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ disabled, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!row) throw new NotFoundError(`user ${userId}`);
    await recordAudit(tx, ctx, { action: disabled ? "user.disable" : "user.enable", entity: "user", entityId: userId });
  });
}
