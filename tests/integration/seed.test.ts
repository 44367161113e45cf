import { and, count, eq, isNull } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, inject, it } from "vitest";

import { getDb, openDatabase } from "@/db/client";
import { prepareDatabase } from "@/db/prepare";
import { areas, officers, settings, units, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { getDirectorySummary } from "@/domain/directory/summary";
import { ForbiddenError } from "@/domain/errors";

import { ctxFor } from "../helpers/ctx";
import { withDatabase } from "../helpers/test-databases";

async function counts() {
  const db = await getDb();
  const [[u], [o], [a], [us]] = await Promise.all([
    db.select({ n: count() }).from(units),
    db.select({ n: count() }).from(officers),
    db.select({ n: count() }).from(areas),
    db.select({ n: count() }).from(users),
  ]);
  return { units: u!.n, officers: o!.n, areas: a!.n, users: us!.n };
}

describe("demo seed", () => {
  it("holds the demo bureau: 3,706 villages, each with a responsible officer", async () => {
    const db = await getDb();
    const [villages] = await db.select({ n: count() }).from(areas).where(eq(areas.kind, "village"));
    expect(villages!.n).toBe(3706);
    const [orphans] = await db.select({ n: count() }).from(areas).where(isNull(areas.responsibleOfficerId));
    expect(orphans!.n).toBe(0);
    const c = await counts();
    expect(c.officers).toBeGreaterThanOrEqual(600);
    expect(c.units).toBeGreaterThanOrEqual(25);
    const leaders = await db
      .select()
      .from(officers)
      .where(and(eq(officers.leadershipRank, 1)));
    expect(leaders).toHaveLength(1);
  });

  it("changes nothing when run again", async () => {
    const before = await counts();
    const result = await seedDemo(await getDb(), "unused-hash");
    expect(result.seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("links the demo officer account to an officer of a station", async () => {
    const officer = await ctxFor("officer@demo.test");
    expect(officer.actor?.officerId).not.toBeNull();
    const summary = await getDirectorySummary(officer);
    expect(summary.myUnit?.nameZh).toMatch(/派出所$/);
    expect(summary.villages).toBe(3706);
    await expect(getDirectorySummary(await ctxFor("resident@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("a server database without --demo", () => {
  it("gets the base settings and no accounts or demo bureau", async () => {
    const adminUrl = inject("adminUrl");
    const name = `bare_${Date.now()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const handle = await openDatabase({ url: withDatabase(adminUrl, name) });
    try {
      await prepareDatabase(handle.db, { demo: false });
      // Migrations are idempotent too.
      await prepareDatabase(handle.db, { demo: false });
      const [userCount] = await handle.db.select({ n: count() }).from(users);
      const [unitCount] = await handle.db.select({ n: count() }).from(units);
      const [demoFlag] = await handle.db.select().from(settings).where(eq(settings.key, "demoData"));
      expect(userCount!.n).toBe(0);
      expect(unitCount!.n).toBe(0);
      expect(demoFlag?.value).toBe(false);
    } finally {
      await handle.close();
    }
  });
});
