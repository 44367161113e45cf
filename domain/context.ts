import type { Role } from "@/db/schema";

export type Locale = "zh-CN" | "en";

/**
 * Where the actor stands with the second factor in this session:
 * - "verified": a code from their app (or a recovery code) was given;
 * - "required": their role needs one and none was given yet: only their own
 *   account opens until they enrol (domain/permissions.ts);
 * - "optional": not needed (residents; officers unless admins require it);
 * - "demo-exempt": a demo account while the demo is loaded (README).
 */
export type SecondFactor = "verified" | "required" | "optional" | "demo-exempt";

/** The signed-in person, as checked against the database on this request. */
export type Actor = {
  userId: number;
  role: Role;
  name: string;
  officerId: number | null;
  unitId: number | null;
  secondFactor: SecondFactor;
  /** The session this request came with (its id as stored: hashed); null outside a web request. */
  sessionId: string | null;
};

/** What every domain function is told about the caller. */
export type Ctx = {
  actor: Actor | null;
  ip: string | null;
  locale: Locale;
};

export function anonymousCtx(locale: Locale = "zh-CN", ip: string | null = null): Ctx {
  return { actor: null, ip, locale };
}
