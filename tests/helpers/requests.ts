import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas, units, users } from "@/db/schema";
import type { Locale } from "@/domain/context";
import { submitFeedback } from "@/domain/requests/submit-feedback";

import { signedOut } from "./ctx";

/** A village of the demo officer's station, and one of another rural station. */
export async function demoVillages(): Promise<{ own: string; other: string; ownUnitId: number }> {
  const db = await getDb();
  const [officer] = await db.select().from(users).where(eq(users.email, "officer@demo.test"));
  const ownUnitId = officer!.unitId!;
  const own = (await db.select().from(areas).where(eq(areas.unitId, ownUnitId)).limit(1))[0]!.nameZh;
  const [station] = await db
    .select()
    .from(units)
    .where(and(eq(units.kind, "station"), eq(units.rural, true)))
    .limit(1);
  const other = (await db.select().from(areas).where(eq(areas.unitId, station!.id)).limit(1))[0]!.nameZh;
  return { own, other, ownUnitId };
}

// Each from an address of its own: a file may send more than one address may (see rate-limits.test.ts).
let sender = 0;

/** A problem report from a signed-out resident, written on a page in `locale`. */
export function submitProblem(areaName: string, locale: Locale = "zh-CN", extra: Record<string, string> = {}) {
  sender++;
  return submitFeedback(
    { ...signedOut, locale, ip: `198.19.${Math.floor(sender / 250)}.${1 + (sender % 250)}` },
    {
      topic: "problem",
      category: "dispute",
      subject: `邻里纠纷 ${randomBytes(3).toString("hex")}`,
      body: "隔壁噪音很大。",
      areaName,
      contactEmail: "resident@example.test",
      idempotencyKey: randomBytes(18).toString("base64url"),
      ...extra,
    },
  );
}
