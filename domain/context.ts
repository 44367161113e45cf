import type { Role } from "@/db/schema";

export type Locale = "zh-CN" | "en";

/** The signed-in person, as checked against the database on this request. */
export type Actor = {
  userId: number;
  role: Role;
  name: string;
  officerId: number | null;
  unitId: number | null;
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
