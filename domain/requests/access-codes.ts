import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

import { keyFor } from "@/lib/core/keys";
import { verifyPassword } from "@/lib/core/password";

// No 0/O, 1/I/L: a resident reads these aloud over the phone.
export const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** `length` characters of ALPHABET, the i-th from byteAt(i). */
export function pick(length: number, byteAt: (i: number) => number): string {
  return Array.from({ length }, (_, i) => ALPHABET[byteAt(i) % ALPHABET.length]).join("");
}

/**
 * The access code for a submission, derived from its idempotency key with a
 * key of its own: a retry of the same submission shows the same code, yet the
 * code is stored only as a keyed hash and cannot be guessed from the tracking number.
 */
export function accessCodeFor(idempotencyKey: string): string {
  const mac = createHmac("sha256", keyFor("access-code")).update(idempotencyKey).digest();
  return pick(8, (i) => mac[i]!);
}

const PREFIX = "hmac-sha256:";

/**
 * A keyed hash (HMAC-SHA256 with a server-side key), not argon2id: the code is
 * random (8 characters, about 40 bits), every guess is rate-limited per number
 * and per address, and without the key a stolen table gives nothing to guess
 * against. A slow hash would only slow each submission (it was 60% of one).
 */
export function hashAccessCode(code: string): string {
  return PREFIX + createHmac("sha256", keyFor("access-code-hash")).update(code).digest("base64url");
}

/** True when the code matches the stored hash; constant time. Older rows hold argon2id hashes. */
export async function verifyAccessCode(stored: string | null, code: string): Promise<boolean> {
  if (stored?.startsWith("$argon2")) return verifyPassword(stored, code);
  const expected = Buffer.from(hashAccessCode(code));
  const actual = Buffer.from(stored ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
