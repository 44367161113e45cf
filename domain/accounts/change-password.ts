import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { outbox, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/core/password";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { RateLimitedError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { consumeLimits, refundLimits } from "../rate-limit";
import { parseForm } from "../validation";
import { checkNewPassword } from "./password-policy";
import { ChangePasswordForm } from "./schemas";
import { endSessionsOf } from "./sessions";
import { LOCKOUT_MINUTES, MAX_FAILED_SIGN_INS, signInLimitKey } from "./sign-in";

/**
 * Changes one's own password; the current one is asked first (a wrong one
 * counts toward the sign-in lockout, so a borrowed session cannot guess it).
 * Every other session of the account ends; this one stays.
 */
export async function changePassword(ctx: Ctx, input: ChangePasswordForm): Promise<void> {
  requirePermission(ctx, "account.changePassword");
  const { currentPassword, newPassword } = parseForm(ChangePasswordForm, input);
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, ctx.actor.userId)).limit(1);
  if (!user) throw new ValidationError({ currentPassword: "currentPasswordWrong" });
  const limit = { key: signInLimitKey(user.email), max: MAX_FAILED_SIGN_INS, windowSeconds: LOCKOUT_MINUTES * 60 };
  try {
    await consumeLimits(db, [limit]);
  } catch (error) {
    if (error instanceof RateLimitedError) throw new ValidationError({ currentPassword: "currentPasswordWrong" });
    throw error;
  }
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new ValidationError({ currentPassword: "currentPasswordWrong" });
  await refundLimits(db, [limit]);
  checkNewPassword("newPassword", newPassword, user.email);
  if (newPassword === currentPassword) throw new ValidationError({ newPassword: "passwordSame" });
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    await endSessionsOf(tx, user.id, ctx.actor.sessionId);
    await tx
      .insert(outbox)
      .values({ channel: "email", recipient: user.email, template: "account.password_changed", payload: { name: user.name } });
    await recordAudit(tx, ctx, { action: "user.password_change", entity: "user", entityId: user.id });
  });
}
