import "server-only";

import { randomBytes, randomInt } from "node:crypto";

import type { RequestKind } from "@/lib/core/values";

import { ALPHABET, pick } from "./access-codes";

const prefixes: Record<RequestKind, string> = { application: "A", question: "Q", feedback: "F" };

/** "F261128-7KQ2MX": kind, local date, six random characters. Unique by index; callers retry on a clash. */
export function newTrackingNumber(kind: RequestKind, now = new Date()): string {
  const local = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(2, 10).replaceAll("-", "");
  return `${prefixes[kind]}${local}-${pick(6, () => randomInt(0, ALPHABET.length))}`;
}

/** The long random path segment of a request's tracking link. */
export function newTrackToken(): string {
  return randomBytes(24).toString("base64url");
}
