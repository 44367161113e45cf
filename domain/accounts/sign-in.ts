import "server-only";

import { and, eq, gt, lt, sql } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { signInChallenges, users } from "@/db/schema";
import { verifyPassword } from "@/lib/core/password";
import { randomToken, tokenHash } from "@/lib/core/secrets";
import type { Role } from "@/lib/core/values";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { ConflictError, RateLimitedError, ValidationError } from "../errors";
import { clearLimits, consumeLimits, refundLimits, type Limit } from "../rate-limit";
import { parseForm } from "../validation";
import { SignInForm } from "./schemas";
import { verifySecondFactor } from "./second-factor/verify";
import { startSession } from "./sessions";

// Failures per address typed (whether or not an account has it) and per
// client address, counted in PostgreSQL before each check: parallel guesses
// are counted one after another, on any number of servers.
export const MAX_FAILED_SIGN_INS = 10;
export const LOCKOUT_MINUTES = 15;
export const MAX_SIGN_INS_PER_IP = 100;
const CHALLENGE_MINUTES = 5;
export const MAX_CODE_ATTEMPTS = 5;

const accountLimit = (email: string): Limit => ({ key: `sign-in:${email}`, max: MAX_FAILED_SIGN_INS, windowSeconds: LOCKOUT_MINUTES * 60 });
const ipLimit = (ip: string | null): Limit[] =>
  ip ? [{ key: `sign-in-ip:${ip}`, max: MAX_SIGN_INS_PER_IP, windowSeconds: LOCKOUT_MINUTES * 60 }] : [];

/** The one answer to every failed password step: it never says whether the account exists, is locked or disabled. */
const signInFailed = () => new ConflictError("sign-in failed", "signInFailed");

export type PasswordAccepted = { challenge: string; needsCode: boolean; role: Role };

/**
 * The first step of signing in: the password. Every failure, a lockout
 * included, is the same "signInFailed". On success it opens a challenge (5
 * minutes, single use) that the second step redeems, with a code when the
 * account has a second factor.
 */
export async function checkPassword(ctx: Ctx, input: SignInForm): Promise<PasswordAccepted> {
  const { email, password } = parseForm(SignInForm, input);
  const db = await getDb();
  const limits = [accountLimit(email), ...ipLimit(ctx.ip)];
  try {
    await consumeLimits(db, limits);
  } catch (error) {
    if (error instanceof RateLimitedError) throw signInFailed();
    throw error;
  }
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      mfaEnabledAt: users.mfaEnabledAt,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  // Verified even when no account matches, against a decoy: a miss takes as long as a hit.
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk || user.disabled) throw signInFailed();

  // A right password is not a failure of this address; the account's count
  // stays until the second factor too has been given.
  await refundLimits(db, ipLimit(ctx.ip));
  const challenge = randomToken();
  await db.transaction(async (tx) => {
    await tx.delete(signInChallenges).where(lt(signInChallenges.expiresAt, sql`now()`));
    await tx.insert(signInChallenges).values({
      tokenHash: tokenHash(challenge),
      userId: user.id,
      expiresAt: sql`now() + make_interval(mins => ${CHALLENGE_MINUTES})`,
    });
  });
  return { challenge, needsCode: user.mfaEnabledAt !== null, role: user.role };
}

export const CompleteSignInInput = z.object({
  challenge: z.string().min(20).max(100),
  code: z.string().trim().max(40).optional(),
});
export type CompleteSignInInput = z.input<typeof CompleteSignInInput>;

/**
 * The second step: redeems the challenge (with a code from the app or a
 * recovery code when the account has a second factor) and opens a session.
 * Wrong codes count toward the account's lockout and the challenge's own
 * five attempts. Returns the session id for the cookie.
 */
export async function completeSignIn(ctx: Ctx, input: CompleteSignInInput, userAgent: string | null = null): Promise<string> {
  const { challenge, code } = CompleteSignInInput.parse(input);
  const db = await getDb();
  const key = tokenHash(challenge);
  // Counted before the check, like every limit here.
  const [attempt] = await db
    .update(signInChallenges)
    .set({ attempts: sql`${signInChallenges.attempts} + 1` })
    .where(
      and(
        eq(signInChallenges.tokenHash, key),
        gt(signInChallenges.expiresAt, sql`now()`),
        lt(signInChallenges.attempts, MAX_CODE_ATTEMPTS),
      ),
    )
    .returning({ userId: signInChallenges.userId });
  if (!attempt) throw new ConflictError("sign-in challenge expired", "signInExpired");
  const [user] = await db.select().from(users).where(eq(users.id, attempt.userId)).limit(1);
  if (!user || user.disabled || !user.passwordHash) throw signInFailed();

  const limits = [accountLimit(user.email), ...ipLimit(ctx.ip)];
  let usedRecoveryCode = false;
  if (user.mfaEnabledAt) {
    if (!code) throw new ValidationError({ code: "required" });
    await consumeLimits(db, limits);
    const factor = await verifySecondFactor(db, user, code);
    if (!factor) throw new ValidationError({ code: "secondFactorWrong" });
    usedRecoveryCode = factor === "recovery";
  }

  const sessionId = await db.transaction(async (tx) => {
    // Single use: of two requests racing with one challenge, one deletes it.
    const [redeemed] = await tx
      .delete(signInChallenges)
      .where(eq(signInChallenges.tokenHash, key))
      .returning({ userId: signInChallenges.userId });
    if (!redeemed) throw new ConflictError("sign-in challenge used", "signInExpired");
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    if (usedRecoveryCode) {
      await recordAudit(tx, { ...ctx, actor: null }, { action: "user.recovery_code_used", entity: "user", entityId: user.id });
    }
    return startSession(tx, { userId: user.id, role: user.role, mfaVerified: user.mfaEnabledAt !== null, ip: ctx.ip, userAgent });
  });
  await clearLimits(db, [accountLimit(user.email)]);
  if (user.mfaEnabledAt) await refundLimits(db, ipLimit(ctx.ip));
  return sessionId;
}

/** For the staff list: whether an address is paused after too many failures right now. */
export function signInLimitKey(email: string): string {
  return accountLimit(email).key;
}

/** An admin lifts a lockout (the person called in, say). */
export async function clearSignInFailures(email: string): Promise<void> {
  await clearLimits(await getDb(), [accountLimit(email)]);
}
