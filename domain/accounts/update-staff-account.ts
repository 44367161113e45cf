import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { keepAnActiveAdmin, lockActiveAdmins, officerLink } from "./admin-guard";
import { UpdateStaffAccountForm } from "./schemas";
import { endSessionsOf } from "./sessions";

/**
 * An admin changes a staff account's name, role or officer record. A new
 * role ends the account's sessions (the next one gets the new role's time
 * limits and second-factor rule); the last active admin cannot be demoted,
 * and no admin changes their own role.
 */
export async function updateStaffAccount(ctx: Ctx, input: UpdateStaffAccountForm): Promise<void> {
  requirePermission(ctx, "user.edit");
  const data = parseForm(UpdateStaffAccountForm, input);
  const actor = ctx.actor;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const [target] = await tx.select().from(users).where(eq(users.id, data.userId)).for("update");
    if (!target) throw new NotFoundError(`user ${data.userId}`);
    if (target.role === "resident") throw new ConflictError("not a staff account", "notStaffAccount");
    const roleChanges = target.role !== data.role;
    if (roleChanges && target.id === actor.userId) throw new ConflictError("own role", "notYourself");
    if (roleChanges && target.role === "admin" && !target.disabled) keepAnActiveAdmin(admins, actor, target.id);
    const link = await officerLink(tx, data.badgeNumber, target.id);
    const next = { name: data.name, role: data.role, ...link };
    const changed = Object.fromEntries(
      (Object.keys(next) as (keyof typeof next)[]).filter((key) => target[key] !== next[key]).map((key) => [key, [target[key], next[key]]]),
    );
    if (Object.keys(changed).length === 0) return;
    await tx.update(users).set(next).where(eq(users.id, target.id));
    if (roleChanges) await endSessionsOf(tx, target.id);
    await recordAudit(tx, ctx, { action: "user.update", entity: "user", entityId: target.id, detail: { changed } });
  });
}
