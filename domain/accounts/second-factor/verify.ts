import "server-only";

import { and, eq, isNull } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { recoveryCodes } from "@/db/schema";

import { claimTotpStep, looksLikeTotpCode, matchingStep, recoveryCodeHash, unsealTotpSecret } from "./totp";

type Enrolled = { id: number; mfaSecret: string | null };

/**
 * Checks a second-factor code: a 6-digit code from the app (each used once),
 * or one of the account's recovery codes (used up by this call, atomically,
 * so two sign-ins racing with one code cannot both pass).
 */
export async function verifySecondFactor(db: Db | Tx, user: Enrolled, code: string): Promise<"app" | "recovery" | null> {
  if (!user.mfaSecret) return null;
  if (looksLikeTotpCode(code)) {
    const step = matchingStep(unsealTotpSecret(user.mfaSecret, user.id), code);
    if (step === null) return null;
    return (await claimTotpStep(db, user.id, step)) ? "app" : null;
  }
  const [used] = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, recoveryCodeHash(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used ? "recovery" : null;
}
