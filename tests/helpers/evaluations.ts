import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { officers, requests, units, users } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { submitRating } from "@/domain/evaluations/submit-rating";

import { signedOut } from "./ctx";
import { demoVillages, submitProblem } from "./requests";

/** The demo officer's badge, their unit's slug and their staff account's id. */
export async function demoOfficer() {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, "officer@demo.test"));
  const [officer] = await db.select().from(officers).where(eq(officers.id, user!.officerId!));
  const [unit] = await db.select().from(units).where(eq(units.id, user!.unitId!));
  return { badge: officer!.badgeNumber, officerId: officer!.id, unitSlug: unit!.slug, unitId: unit!.id, userId: user!.id };
}

/** A request of the demo officer's unit, assigned to them and resolved (arranged directly: its handling is tested elsewhere). */
export async function resolvedByDemoOfficer() {
  const { own } = await demoVillages();
  const receipt = await submitProblem(own);
  const officer = await demoOfficer();
  await (
    await getDb()
  )
    .update(requests)
    .set({ status: "resolved", resolvedAt: new Date(), unitId: officer.unitId, assigneeId: officer.userId })
    .where(eq(requests.trackingNumber, receipt.trackingNumber));
  return receipt;
}

let address = 0;
/** A signed-out rater from an address of its own (so per-address limits and bursts stay out of the way unless wanted). */
export function rater(ip?: string): Ctx {
  address++;
  return { ...signedOut, ip: ip ?? `203.0.${Math.floor(address / 250)}.${1 + (address % 250)}` };
}

export const browser = () => randomBytes(18).toString("base64url");

export function rate(ctx: Ctx, target: string, extra: Record<string, string> = {}, token = browser()) {
  return submitRating(ctx, { target, attitude: "5", efficiency: "4", fairness: "3", ...extra }, token);
}
