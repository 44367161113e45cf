import "server-only";

import { and, count, eq, isNull } from "drizzle-orm";

import { getDb, type Tx } from "@/db/client";
import { recoveryCodes, users } from "@/db/schema";

import { recordAudit } from "../../audit";
import type { Ctx, SecondFactor } from "../../context";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { requirePermission } from "../../permissions";
import { consumeLimits, type Limit } from "../../rate-limit";
import { parseForm } from "../../validation";
import { TotpCodeForm } from "../schemas";
import { markSessionVerified } from "../sessions";
import {
  claimTotpStep,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
  recoveryCodeHash,
  sealTotpSecret,
  totpUri,
  unsealTotpSecret,
} from "./totp";

export type SecondFactorStatus = {
  state: SecondFactor;
  enrolled: boolean;
  /** While setting up: the secret to type in, and the otpauth:// address for the QR code. */
  pending: { secret: string; uri: string } | null;
  recoveryCodesLeft: number;
};

/** The account's own second-factor page. */
export async function getSecondFactorStatus(ctx: Ctx): Promise<SecondFactorStatus> {
  requirePermission(ctx, "account.secondFactor");
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, mfaSecret: users.mfaSecret, mfaEnabledAt: users.mfaEnabledAt })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  if (!user) throw new NotFoundError("user");
  const [left] = await db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, user.id), isNull(recoveryCodes.usedAt)));
  const enrolled = user.mfaEnabledAt !== null;
  const secret = !enrolled && user.mfaSecret ? unsealTotpSecret(user.mfaSecret, user.id) : null;
  return {
    state: ctx.actor.secondFactor,
    enrolled,
    pending: secret ? { secret, uri: totpUri(secret, user.email) } : null,
    recoveryCodesLeft: left?.n ?? 0,
  };
}

/** Starts setting up: a fresh secret, kept (encrypted) until a code from the app confirms it. */
export async function startEnrolment(ctx: Ctx): Promise<void> {
  requirePermission(ctx, "account.secondFactor");
  const db = await getDb();
  const userId = ctx.actor.userId;
  const [row] = await db
    .update(users)
    .set({ mfaSecret: sealTotpSecret(newTotpSecret(), userId) })
    .where(and(eq(users.id, userId), isNull(users.mfaEnabledAt)))
    .returning({ id: users.id });
  if (!row) throw new ConflictError("second factor already set up", "secondFactorOn");
}

/**
 * Confirms the app with one of its codes: the second factor is on from now,
 * this session counts as verified, and 10 recovery codes are made. They are
 * returned to be shown once; only their hashes are kept.
 */
export async function confirmEnrolment(ctx: Ctx, input: TotpCodeForm): Promise<string[]> {
  requirePermission(ctx, "account.secondFactor");
  const { code } = parseForm(TotpCodeForm, input);
  const actor = ctx.actor;
  const db = await getDb();
  await consumeLimits(db, [codeLimit(actor.userId)]);
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (!user) throw new NotFoundError("user");
    if (user.mfaEnabledAt) throw new ConflictError("second factor already set up", "secondFactorOn");
    if (!user.mfaSecret) throw new ConflictError("no set-up under way", "secondFactorStartAgain");
    await checkCode(tx, user.id, user.mfaSecret, code);
    await tx.update(users).set({ mfaEnabledAt: new Date() }).where(eq(users.id, user.id));
    if (actor.sessionId) await markSessionVerified(tx, actor.sessionId);
    const codes = await replaceCodes(tx, user.id);
    await recordAudit(tx, ctx, { action: "user.second_factor_enrol", entity: "user", entityId: user.id });
    return codes;
  });
}

/** New recovery codes (the old ones stop working), after a code from the app. */
export async function renewRecoveryCodes(ctx: Ctx, input: TotpCodeForm): Promise<string[]> {
  requirePermission(ctx, "account.secondFactor");
  const { code } = parseForm(TotpCodeForm, input);
  const actor = ctx.actor;
  const db = await getDb();
  await consumeLimits(db, [codeLimit(actor.userId)]);
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (!user?.mfaEnabledAt || !user.mfaSecret) throw new ConflictError("no second factor", "secondFactorOff");
    await checkCode(tx, user.id, user.mfaSecret, code);
    const codes = await replaceCodes(tx, user.id);
    await recordAudit(tx, ctx, { action: "user.recovery_codes_renew", entity: "user", entityId: user.id });
    return codes;
  });
}

// Codes typed on this page, per account: a borrowed session cannot try all million.
const codeLimit = (userId: number): Limit => ({ key: `second-factor:${userId}`, max: 10, windowSeconds: 15 * 60 });

async function checkCode(tx: Tx, userId: number, sealedSecret: string, code: string): Promise<void> {
  const step = matchingStep(unsealTotpSecret(sealedSecret, userId), code);
  if (step === null || !(await claimTotpStep(tx, userId, step))) throw new ValidationError({ code: "secondFactorWrong" });
}

async function replaceCodes(tx: Tx, userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code) })));
  return codes;
}
