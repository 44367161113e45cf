import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { evaluations, officers, units } from "@/db/schema";
import { ConflictError, RateLimitedError, ValidationError } from "@/domain/errors";
import { BURST_ADDRESSES } from "@/domain/evaluations/limits";
import { getScores } from "@/domain/evaluations/scores";
import { env } from "@/lib/core/env";

import { signedOut } from "../helpers/ctx";
import { browser, demoOfficer, rate, rater, resolvedByDemoOfficer } from "../helpers/evaluations";

/** An officer of the demo bureau nobody else's test rates: each test gets its own target. */
async function freshTarget(skip: number): Promise<string> {
  const rows = await (
    await getDb()
  )
    .select({ badge: officers.badgeNumber })
    .from(officers)
    .orderBy(officers.badgeNumber)
    .limit(1)
    .offset(20 + skip);
  return `officer:${rows[0]!.badge}`;
}

describe("rating the police", () => {
  it("a rating with the codes of a resolved request the officer handled is verified, once per request", async () => {
    const officer = await demoOfficer();
    const receipt = await resolvedByDemoOfficer();
    const codes = { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode };
    expect(await rate(rater(), `officer:${officer.badge}`, codes)).toEqual({ verified: true, held: false });
    await expect(rate(rater(), `officer:${officer.badge}`, codes)).rejects.toSatisfy(
      (e) => e instanceof ConflictError && e.key === "alreadyVerified",
    );
    const rows = await (await getDb()).select().from(evaluations).where(eq(evaluations.officerId, officer.officerId));
    expect(rows.filter((r) => r.verifiedRequestId !== null)).toHaveLength(1);
  });

  it("the codes of a request another officer handled, or a wrong code, do not verify", async () => {
    const receipt = await resolvedByDemoOfficer();
    const other = await freshTarget(0);
    await expect(rate(rater(), other, { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.trackingNumber === "notHandledByTarget",
    );
    const officer = await demoOfficer();
    await expect(
      rate(rater(), `officer:${officer.badge}`, { trackingNumber: receipt.trackingNumber, accessCode: "WRONG1" }),
    ).rejects.toSatisfy((e) => e instanceof ValidationError && e.fieldErrors.accessCode === "wrongCode");
  });

  it("the unit that handled a resolved request can be rated verified with its codes", async () => {
    const officer = await demoOfficer();
    const receipt = await resolvedByDemoOfficer();
    const result = await rate(rater(), `unit:${officer.unitSlug}`, {
      trackingNumber: receipt.trackingNumber,
      accessCode: receipt.accessCode,
    });
    expect(result.verified).toBe(true);
  });

  it("one open rating per browser per target in 30 days; another browser or target is fine", async () => {
    const target = await freshTarget(1);
    const token = browser();
    expect(await rate(rater(), target, {}, token)).toEqual({ verified: false, held: false });
    await expect(rate(rater(), target, {}, token)).rejects.toSatisfy((e) => e instanceof ConflictError && e.key === "alreadyRated");
    await rate(rater(), target, {}, browser());
    await rate(rater(), await freshTarget(2), {}, token);
  });

  it("refuses bad scores and an unknown target by field", async () => {
    await expect(rate(rater(), await freshTarget(3), { attitude: "6" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.attitude === "chooseScore",
    );
    await expect(rate(rater(), "officer:999999")).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.target === "chooseTarget",
    );
  });

  it("limits ratings per address", async () => {
    const ctx = rater("192.0.2.77");
    for (let i = 0; i < env.ratingLimitPerHour; i++) await rate(ctx, await freshTarget(10 + i));
    await expect(rate(ctx, await freshTarget(30))).rejects.toBeInstanceOf(RateLimitedError);
    await expect(rate(rater(), await freshTarget(30))).resolves.toMatchObject({ verified: false });
  });

  it("a burst for one target from many addresses is held, not counted", async () => {
    const target = await freshTarget(40);
    const results = [];
    for (let i = 0; i < BURST_ADDRESSES + 2; i++) results.push(await rate(rater(), target));
    expect(results.map((r) => r.held)).toEqual([...Array(BURST_ADDRESSES - 1).fill(false), true, true, true]);
    const scores = await getScores(signedOut, target);
    expect(scores.count).toBe(BURST_ADDRESSES - 1);
  });
});

describe("scores on the record", () => {
  it("shows averages only from five counted ratings of the last 12 months, with the verified share", async () => {
    const target = await freshTarget(50);
    for (let i = 0; i < 4; i++) await rate(rater(), target, { attitude: String(5 - (i % 2)), efficiency: "3", fairness: "2" });
    expect(await getScores(signedOut, target)).toEqual({
      count: 4,
      verified: 0,
      tooFew: true,
      attitude: null,
      efficiency: null,
      fairness: null,
    });
    const db = await getDb();
    const [officer] = await db
      .select()
      .from(officers)
      .where(eq(officers.badgeNumber, target.slice(8)));
    // Out of the burst window: the four were an hour ago.
    await db
      .update(evaluations)
      .set({ createdAt: new Date(Date.now() - 3600_000) })
      .where(eq(evaluations.officerId, officer!.id));
    // Older than a year: not counted.
    await db
      .insert(evaluations)
      .values({ officerId: officer!.id, attitude: 1, efficiency: 1, fairness: 1, createdAt: new Date(Date.now() - 400 * 86400_000) });
    expect((await getScores(signedOut, target)).count).toBe(4);
    await rate(rater(), target, { attitude: "5", efficiency: "3", fairness: "2" });
    expect(await getScores(signedOut, target)).toEqual({ count: 5, verified: 0, tooFew: false, attitude: 4.6, efficiency: 3, fairness: 2 });
  });

  it("a unit's scores are its own, not its officers'", async () => {
    const [unit] = await (await getDb()).select().from(units).where(eq(units.kind, "brigade")).limit(1);
    expect((await getScores(signedOut, `unit:${unit!.slug}`)).count).toBe(0);
  });
});
