import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { keepAnActiveAdmin, lockActiveAdmins } from "./admin-guard";
import { SetUserDisabledInput } from "./schemas";
import { endSessionsOf } from "./sessions";

/** Disables or re-enables an account; disabling ends its sessions at once. The last active admin stays. */
export async function setUserDisabled(ctx: Ctx, input: SetUserDisabledInput): Promise<void> {
  requirePermission(ctx, "user.disable");
  const { userId, disabled } = parseForm(SetUserDisabledInput, input);
  const actor = ctx.actor;
  if (userId === actor.userId) throw new ConflictError("admins cannot disable themselves", "notYourself");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const [target] = await tx.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, userId)).for("update");
    if (!target) throw new NotFoundError(`user ${userId}`);
    if (target.disabled === disabled) return;
    if (disabled && target.role === "admin") keepAnActiveAdmin(admins, actor, userId);
    await tx.update(users).set({ disabled }).where(eq(users.id, userId));
    if (disabled) await endSessionsOf(tx, userId);
    await recordAudit(tx, ctx, { action: disabled ? "user.disable" : "user.enable", entity: "user", entityId: userId });
  });
}
