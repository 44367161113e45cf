import "server-only";

import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

import { keyFor } from "./keys";

/** A random token for a link, a session or a challenge: 256 bits, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/**
 * How a token is stored: an HMAC with a key of its own, so a copy of the
 * table (a backup, a replica) holds nothing that opens a link or a session.
 * Tokens carry 256 bits of chance, so a fast keyed hash is enough.
 */
export function tokenHash(token: string): string {
  return createHmac("sha256", keyFor("token-hash")).update(token).digest("base64url");
}

/** SHA-256, hex: the session id as the sessions table keeps it. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

type SealLabel = "mfa-secret" | "outbox-secret";

/**
 * Encrypts a secret at rest with AES-256-GCM. `context` (say, the user id) is
 * authenticated with it: a sealed value copied to another row does not open.
 */
export function seal(label: SealLabel, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(label), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

/** The plaintext of a sealed value; throws if it was changed, moved or sealed with another key. */
export function unseal(label: SealLabel, sealed: string, context: string): string {
  const [version, iv, body] = sealed.split(".");
  if (version !== "v1" || !iv || !body) throw new Error("not a sealed value");
  const bytes = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(label), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
}
