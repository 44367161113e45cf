import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { users } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { issuePasswordLink } from "./password-links";
import { UserIdInput } from "./schemas";

/**
 * An admin sends an account a link to set its password (the first one, or a
 * new one when it was forgotten). The password itself changes only when the
 * person uses the link.
 */
export async function sendPasswordLink(ctx: Ctx, input: UserIdInput): Promise<void> {
  requirePermission(ctx, "user.sendPasswordLink");
  const { userId } = parseForm(UserIdInput, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user) throw new NotFoundError(`user ${userId}`);
    if (user.disabled) throw new ConflictError("account disabled", "accountDisabled");
    const template = user.passwordHash ? "account.password_reset" : user.role === "resident" ? "account.welcome" : "account.invitation";
    await issuePasswordLink(tx, user, template);
    await recordAudit(tx, ctx, { action: "user.password_link", entity: "user", entityId: userId, detail: { template } });
  });
}
