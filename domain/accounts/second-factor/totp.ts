import "server-only";

import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";

import type { Db, Tx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { seal, tokenHash, unseal } from "@/lib/core/secrets";

// RFC 6238 with the parameters every authenticator app understands.
const PERIOD = 30;
const ISSUER = "Safe City";

function totp(secret: string, label = "account"): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** A fresh secret (160 bits, as RFC 4226 recommends), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address the QR code carries. */
export function totpUri(secret: string, accountLabel: string): string {
  return totp(secret, accountLabel).toString();
}

/** The secret as stored: encrypted with a key of its own, bound to the account. */
export const sealTotpSecret = (secret: string, userId: number) => seal("mfa-secret", secret, `user:${userId}`);
export const unsealTotpSecret = (sealed: string, userId: number) => unseal("mfa-secret", sealed, `user:${userId}`);

/** For tests and the demo: the code an app would show now. */
export function currentTotpCode(secret: string, at = Date.now()): string {
  return totp(secret).generate({ timestamp: at });
}

/**
 * The time step a code belongs to, if it is right for now, the step before or
 * the step after (clocks on phones drift); null otherwise.
 */
export function matchingStep(secret: string, code: string, at = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code.replace(/\s/g, ""), timestamp: at, window: 1 });
  if (delta === null) return null;
  return Math.floor(at / 1000 / PERIOD) + delta;
}

/**
 * Claims a step's code for an account: true the first time, false when the
 * same code was already used, so a code seen over someone's shoulder cannot
 * be replayed within its 90 seconds. One atomic upsert on the rate-limit table
 * (rows there expire and are deleted like any counter).
 */
export async function claimTotpStep(db: Db | Tx, userId: number, step: number): Promise<boolean> {
  const [row] = await queryRows<{ hits: number }>(
    db,
    sql`insert into rate_limits (key, hits, reset_at)
        values (${`totp-used:${userId}:${step}`}, 1, now() + interval '3 minutes')
        on conflict (key) do update set hits = rate_limits.hits + 1
        returning hits`,
  );
  return row?.hits === 1;
}

// Recovery codes: 10 characters from an alphabet without look-alikes (0/o, 1/l/i), about 49 bits each.
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** How a recovery code is stored and looked up: case, spaces and hyphens do not matter. */
export function recoveryCodeHash(code: string): string {
  return tokenHash(`recovery:${code.toLowerCase().replace(/[^a-z0-9]/g, "")}`);
}

export const looksLikeTotpCode = (code: string): boolean => /^\d{3} ?\d{3}$/.test(code.trim());
