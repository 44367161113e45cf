import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { officers, services, units } from "@/db/schema";

import type { Ctx } from "../context";
import { parseTarget, targetPattern } from "./rating-form";

export type TargetSummary = { target: string; kind: "officer" | "unit" | "service"; nameZh: string; nameEn: string; href: string };

/** What a "Rate" link names: a published officer or service, or a unit; null for anything else. */
export async function findRatingTarget(_ctx: Ctx, target: string): Promise<TargetSummary | null> {
  if (!targetPattern.test(target)) return null;
  const parsed = parseTarget(target);
  const db = await getDb();
  if (parsed.kind === "officer") {
    const [o] = await db
      .select({ nameZh: officers.nameZh, nameEn: officers.namePinyin })
      .from(officers)
      .where(and(eq(officers.badgeNumber, parsed.badge), eq(officers.published, true)));
    return o ? { target, kind: "officer", ...o, href: `/officers/${parsed.badge}` } : null;
  }
  if (parsed.kind === "service") {
    const [s] = await db
      .select({ nameZh: services.titleZh, nameEn: services.titleEn })
      .from(services)
      .where(and(eq(services.slug, parsed.slug), eq(services.published, true)));
    return s ? { target, kind: "service", ...s, href: `/services/${parsed.slug}` } : null;
  }
  const [u] = await db.select({ nameZh: units.nameZh, nameEn: units.nameEn }).from(units).where(eq(units.slug, parsed.slug));
  return u ? { target, kind: "unit", ...u, href: `/units/${parsed.slug}` } : null;
}
