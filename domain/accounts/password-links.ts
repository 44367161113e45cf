import "server-only";

import { and, eq, gt, isNull, sql } from "drizzle-orm";

import { getDb, type Tx } from "@/db/client";
import { outbox, passwordTokens, users } from "@/db/schema";
import { hashPassword } from "@/lib/core/password";
import { randomToken, tokenHash } from "@/lib/core/secrets";
import { tokenPattern } from "@/lib/core/values";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, RateLimitedError } from "../errors";
import { passwordLinkPayload } from "../notifications/account-templates";
import { consumeLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";
import { checkNewPassword } from "./password-policy";
import { ForgotPasswordForm, SetPasswordLinkForm } from "./schemas";
import { endSessionsOf } from "./sessions";
import { clearSignInFailures } from "./sign-in";

export const LINK_HOURS = 24;
export type LinkTemplate = "account.invitation" | "account.welcome" | "account.password_reset";

/**
 * Opens a one-time link to set a password (24 hours, single use; only its
 * hash is stored) and queues the message that carries it, in the caller's
 * transaction. Earlier links of the account stop working: only the newest
 * one counts. Returns the token, for the console's admin:create.
 */
export async function issuePasswordLink(
  tx: Tx,
  user: { id: number; email: string; name: string },
  template: LinkTemplate,
): Promise<string> {
  const token = randomToken();
  await tx.delete(passwordTokens).where(eq(passwordTokens.userId, user.id));
  await tx.insert(passwordTokens).values({
    tokenHash: tokenHash(token),
    userId: user.id,
    purpose: template === "account.password_reset" ? "reset" : "set",
    expiresAt: sql`now() + make_interval(hours => ${LINK_HOURS})`,
  });
  await tx.insert(outbox).values({ channel: "email", recipient: user.email, template, payload: passwordLinkPayload(token, user.name) });
  return token;
}

export type PasswordLink = { valid: true; email: string; name: string; firstPassword: boolean } | { valid: false };

/**
 * What a password link's page shows. The token itself is the permission:
 * whoever holds an unexpired, unused one may set that account's password.
 */
export async function describePasswordLink(token: string): Promise<PasswordLink> {
  if (!tokenPattern.test(token)) return { valid: false };
  const db = await getDb();
  const [row] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(
      and(
        eq(passwordTokens.tokenHash, tokenHash(token)),
        isNull(passwordTokens.usedAt),
        gt(passwordTokens.expiresAt, sql`now()`),
        eq(users.disabled, false),
      ),
    )
    .limit(1);
  if (!row) return { valid: false };
  return { valid: true, email: row.email, name: row.name, firstPassword: row.passwordHash === null };
}

/**
 * Sets a password through a link: the token is used up atomically (of two
 * tabs sending at once, one wins), every session of the account ends, and a
 * lockout is lifted.
 */
export async function setPasswordWithLink(ctx: Ctx, input: SetPasswordLinkForm): Promise<void> {
  const { password, token: given } = parseForm(SetPasswordLinkForm, input);
  const token = tokenPattern.test(given) ? given : "";
  const db = await getDb();
  const [owner] = await db
    .select({ email: users.email })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(eq(passwordTokens.tokenHash, tokenHash(token)))
    .limit(1);
  checkNewPassword("password", password, owner?.email);
  const passwordHash = await hashPassword(password);
  const email = await db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordTokens.tokenHash, tokenHash(token)), isNull(passwordTokens.usedAt), gt(passwordTokens.expiresAt, sql`now()`)))
      .returning({ userId: passwordTokens.userId, purpose: passwordTokens.purpose });
    if (!used) throw new ConflictError("password link used or expired", "linkExpired");
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, used.userId), eq(users.disabled, false)))
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!user) throw new ConflictError("account disabled", "linkExpired");
    await endSessionsOf(tx, user.id);
    if (used.purpose === "reset") {
      await tx
        .insert(outbox)
        .values({ channel: "email", recipient: user.email, template: "account.password_changed", payload: { name: user.name } });
    }
    await recordAudit(tx, ctx, { action: "user.password_set", entity: "user", entityId: user.id, detail: { purpose: used.purpose } });
    return user.email;
  });
  await clearSignInFailures(email);
}

const resetLimits = (ip: string | null): Limit[] => (ip ? [{ key: `password-reset-ip:${ip}`, max: 10, windowSeconds: 3600 }] : []);

/**
 * "Forgot your password?": sends a reset link when an enabled account has
 * this address, and does nothing otherwise; the caller says the same either
 * way. Per client address the requests are limited (an error the person
 * sees); per address at most 3 an hour are sent (silently: saying so would
 * tell who has an account).
 */
export async function requestPasswordReset(ctx: Ctx, input: ForgotPasswordForm): Promise<void> {
  const { email } = parseForm(ForgotPasswordForm, input);
  const db = await getDb();
  await consumeLimits(db, resetLimits(ctx.ip));
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.email, email), eq(users.disabled, false)))
    .limit(1);
  if (!user) return;
  const sent = await mayMailAddress(`password-reset:${user.id}`);
  if (!sent) return;
  await db.transaction((tx) => issuePasswordLink(tx, user, "account.password_reset"));
}

/** At most 3 messages of one kind to one address an hour: no one can flood an inbox through our forms. */
export async function mayMailAddress(key: string): Promise<boolean> {
  try {
    await consumeLimits(await getDb(), [{ key: `mail:${key}`, max: 3, windowSeconds: 3600 }]);
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
}
