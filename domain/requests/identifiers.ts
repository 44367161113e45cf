import "server-only";

import { createHmac, randomBytes, randomInt } from "node:crypto";

import { authSecret } from "@/lib/core/env";
import type { RequestKind } from "@/lib/core/values";

// No 0/O, 1/I/L: a resident reads these aloud over the phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const prefixes: Record<RequestKind, string> = { application: "A", question: "Q", feedback: "F" };

function pick(length: number, byteAt: (i: number) => number): string {
  return Array.from({ length }, (_, i) => ALPHABET[byteAt(i) % ALPHABET.length]).join("");
}

/** "F261128-7KQ2MX": kind, local date, six random characters. Unique by index; callers retry on a clash. */
export function newTrackingNumber(kind: RequestKind, now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(2, 10).replaceAll("-", "");
  return `${prefixes[kind]}${local}-${pick(6, () => randomInt(0, ALPHABET.length))}`;
}

/**
 * The access code for a submission, derived from its idempotency key with the
 * server's secret: a retry of the same submission shows the same code, yet the
 * code is stored only as a hash and cannot be guessed from the tracking number.
 */
export function accessCodeFor(idempotencyKey: string): string {
  const mac = createHmac("sha256", authSecret()).update(`access-code:${idempotencyKey}`).digest();
  return pick(8, (i) => mac[i]!);
}

/** The long random path segment of a request's tracking link. */
export function newTrackToken(): string {
  return randomBytes(24).toString("base64url");
}

/** What a resident types, as stored: upper case, without spaces. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/\s/g, "");
}
