import "server-only";

import { and, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { officers, units } from "@/db/schema";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import type { Figures } from "./figures";
import { monthOf } from "./months";
import { responsiveness } from "./queries";

// Kept until the aggregates are next refreshed (the refresh tells every server) or the directory changes;
// a new month is a new key.

/** A published officer's last 12 months, for their public page. */
export async function officerRecord(_ctx: Ctx, badgeNumber: string, now = new Date()): Promise<Figures> {
  return cached("statistics", `officer:${badgeNumber}:${monthOf(now)}`, () => loadOfficerRecord(badgeNumber, now));
}

async function loadOfficerRecord(badgeNumber: string, now: Date): Promise<Figures> {
  const db = await getDb();
  const [officer] = await db
    .select({ id: officers.id })
    .from(officers)
    .where(and(eq(officers.badgeNumber, badgeNumber), eq(officers.published, true)))
    .limit(1);
  if (!officer) throw new NotFoundError(`officer ${badgeNumber}`);
  return responsiveness("officer", officer.id, now);
}

/** A unit's last 12 months, for its public page. */
export async function unitRecord(_ctx: Ctx, slug: string, now = new Date()): Promise<Figures> {
  return cached("statistics", `unit:${slug}:${monthOf(now)}`, () => loadUnitRecord(slug, now));
}

async function loadUnitRecord(slug: string, now: Date): Promise<Figures> {
  const db = await getDb();
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.slug, slug)).limit(1);
  if (!unit) throw new NotFoundError(`unit ${slug}`);
  return responsiveness("unit", unit.id, now);
}
