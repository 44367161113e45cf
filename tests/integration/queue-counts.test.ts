import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { requests } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { ForbiddenError } from "@/domain/errors";
import { queueCounts, queueCountsUpTo } from "@/domain/requests/staff/queue";

import { ctxFor } from "../helpers/ctx";
import { demoVillages, submitProblem } from "../helpers/requests";

// The dashboard's five numbers: exact up to the cap, then "the cap, and more".

type Counts = Awaited<ReturnType<typeof queueCounts>>;
const keys = ["fresh", "dueToday", "overdue", "mine", "reopened"] as const;
const numbers = (counts: Counts) => Object.fromEntries(keys.map((k) => [k, counts[k].count]));

let moderator: Ctx;
let officer: Ctx;
let villages: Awaited<ReturnType<typeof demoVillages>>;

beforeAll(async () => {
  moderator = await ctxFor("moderator@demo.test");
  officer = await ctxFor("officer@demo.test");
  villages = await demoVillages();
});

/** Later today in Shanghai, whatever the hour: halfway between now and the day's end. */
function laterToday(): Date {
  const now = Date.now();
  const shanghai = new Date(now + 8 * 3600_000);
  const endOfDay = Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate() + 1) - 8 * 3600_000;
  return new Date(now + (endOfDay - now) / 2);
}

/** A problem report of `village`, then changed as the case needs (a deadline, an assignee, a status …). */
async function report(village: string, change: Partial<typeof requests.$inferInsert> = {}) {
  const { trackingNumber } = await submitProblem(village);
  if (Object.keys(change).length > 0) {
    await (await getDb()).update(requests).set(change).where(eq(requests.trackingNumber, trackingNumber));
  }
  return trackingNumber;
}

const hourAgo = () => new Date(Date.now() - 3600_000);
const nextWeek = () => new Date(Date.now() + 7 * 24 * 3600_000);

describe("the dashboard's counts", () => {
  it("count exactly what each shortcut's filter means, within what the actor sees", async () => {
    const moderatorBefore = numbers(await queueCounts(moderator));
    const officerBefore = numbers(await queueCounts(officer));

    // In the officer's unit: new (deadline next week), due later today, overdue, the moderator's, reopened.
    await report(villages.own, { deadlineAt: nextWeek() });
    await report(villages.own, { status: "accepted", deadlineAt: laterToday() });
    await report(villages.own, { status: "accepted", deadlineAt: hourAgo() });
    await report(villages.own, { status: "accepted", deadlineAt: nextWeek(), assigneeId: moderator.actor!.userId });
    await report(villages.own, { status: "info_requested", deadlineAt: nextWeek(), reopenedAt: hourAgo() });
    // Closed: counted nowhere, though late, the moderator's and once reopened.
    await report(villages.own, { status: "resolved", deadlineAt: hourAgo(), assigneeId: moderator.actor!.userId, reopenedAt: hourAgo() });
    // Another station's: the moderator sees it, the officer does not.
    await report(villages.other, { deadlineAt: hourAgo() });

    expect(numbers(await queueCounts(moderator))).toEqual({
      fresh: moderatorBefore.fresh! + 2,
      dueToday: moderatorBefore.dueToday! + 1,
      overdue: moderatorBefore.overdue! + 2,
      mine: moderatorBefore.mine! + 1,
      reopened: moderatorBefore.reopened! + 1,
    });
    expect(numbers(await queueCounts(officer))).toEqual({
      fresh: officerBefore.fresh! + 1,
      dueToday: officerBefore.dueToday! + 1,
      overdue: officerBefore.overdue! + 1,
      mine: officerBefore.mine,
      reopened: officerBefore.reopened! + 1,
    });
    const counts = await queueCounts(moderator);
    expect(keys.filter((k) => counts[k].capped)).toEqual([]);
  });

  it("stop at the cap and say there are more, and are exact at the cap itself", async () => {
    // At least two of each for the moderator.
    for (let i = 0; i < 2; i++) {
      await report(villages.own, { status: "accepted", deadlineAt: laterToday(), assigneeId: moderator.actor!.userId });
      await report(villages.other, { deadlineAt: hourAgo(), reopenedAt: hourAgo() });
    }
    const exact = await queueCounts(moderator);
    for (const key of keys) {
      const n = exact[key].count;
      expect(n, key).toBeGreaterThanOrEqual(2);
      expect((await queueCountsUpTo(moderator, n))[key], key).toEqual({ count: n, capped: false });
      expect((await queueCountsUpTo(moderator, n - 1))[key], key).toEqual({ count: n - 1, capped: true });
      expect((await queueCountsUpTo(moderator, 1))[key], key).toEqual({ count: 1, capped: true });
    }
  });

  it("are refused to a resident", async () => {
    const resident = await ctxFor("resident@demo.test");
    await expect(queueCounts(resident)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(queueCountsUpTo(resident, 5)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
