import "server-only";

import { hkdfSync } from "node:crypto";

import { authSecret } from "@/lib/core/env";

const derived = new Map<string, Buffer>();

/**
 * A key of its own for each use, derived from the server secret with HKDF
 * (RFC 5869) and a label: learning one key (say, from a leaked hash) tells
 * nothing about the session secret or the other keys.
 */
export function keyFor(
  label: "access-code" | "access-code-hash" | "mfa-secret" | "token-hash" | "browser-token" | "outbox-secret",
): Buffer {
  let key = derived.get(label);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", authSecret(), "safe-city", `safe-city ${label}`, 32));
    derived.set(label, key);
  }
  return key;
}
