import { randomBytes } from "node:crypto";
import { and, eq, gte, lt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, evaluations, officers, requests, units, type Request } from "@/db/schema";
import { refreshStatistics } from "@/db/statistics-refresh";
import { rateHandling } from "@/domain/requests/resident-actions";
import { monthlySeries, responsiveness, statisticsRefreshedAt, thisMonth } from "@/domain/statistics/queries";

import { signedOut } from "../helpers/ctx";
import { calendar, directFigures, workingHoursBetween } from "../helpers/statistics";

// Local time is UTC+8: "2026-04-03 16:00" local is 08:00Z.
const at = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
const APRIL = "2026-04";

type Made = Partial<Request> & { createdAt: Date; deadlineAt: Date };
let unitId = 0;
let officerId = 0;
let areaId = 0;

async function make(request: Made): Promise<Request> {
  const db = await getDb();
  const id = randomBytes(8).toString("hex");
  const [row] = await db
    .insert(requests)
    .values({
      kind: "feedback",
      topic: "problem",
      category: "dispute",
      status: "resolved",
      trackingNumber: `T${id}`,
      accessCodeHash: "x",
      trackToken: `stats-${id}`,
      subject: "邻里纠纷",
      body: "测试",
      unitId,
      areaId,
      idempotencyKey: `stats-${id}`,
      firstResponseDueAt: request.createdAt,
      updatedAt: request.createdAt,
      ...request,
    })
    .returning();
  return row!;
}

let handBuilt: Request[] = [];

beforeAll(async () => {
  const db = await getDb();
  const [unit] = await db
    .insert(units)
    .values({
      slug: `stats-${randomBytes(3).toString("hex")}`,
      nameZh: "统计测试派出所",
      nameEn: "Statistics test station",
      kind: "station",
    })
    .returning();
  unitId = unit!.id;
  const [officer] = await db
    .insert(officers)
    .values({
      badgeNumber: `S${randomBytes(3).toString("hex")}`,
      nameZh: "统计",
      namePinyin: "Tong Ji",
      titleZh: "民警",
      titleEn: "Officer",
      unitId,
    })
    .returning();
  officerId = officer!.id;
  const [area] = await db
    .insert(areas)
    .values({
      nameZh: `统计村${randomBytes(2).toString("hex")}`,
      nameEn: "Stats village",
      namePinyin: "Tongji Cun",
      kind: "village",
      unitId,
      responsibleOfficerId: officerId,
    })
    .returning();
  areaId = area!.id;

  handBuilt = [
    // Friday afternoon before Qingming (Sat 4 – Mon 6 April off): answered Tuesday morning.
    await make({
      createdAt: at("2026-04-03 16:00"),
      firstResponseAt: at("2026-04-07 10:00"),
      resolvedAt: at("2026-04-08 15:00"),
      deadlineAt: at("2026-04-10 23:59"),
      satisfaction: "satisfied",
    }),
    // Late: answered after its deadline, rated "basically satisfied".
    await make({
      createdAt: at("2026-04-13 09:00"),
      firstResponseAt: at("2026-04-13 12:00"),
      resolvedAt: at("2026-04-20 10:00"),
      deadlineAt: at("2026-04-17 23:59"),
      satisfaction: "basically_satisfied",
      category: "hazard",
    }),
    // Reopened after a dissatisfied rating, answered again, not rated again.
    await make({
      createdAt: at("2026-04-14 09:00"),
      firstResponseAt: at("2026-04-14 10:00"),
      resolvedAt: at("2026-04-16 11:00"),
      deadlineAt: at("2026-04-24 23:59"),
      reopenedAt: at("2026-04-15 09:00"),
    }),
    // Answered on time, never rated.
    await make({
      createdAt: at("2026-04-15 09:00"),
      firstResponseAt: at("2026-04-15 17:00"),
      resolvedAt: at("2026-04-17 09:00"),
      deadlineAt: at("2026-04-24 23:59"),
    }),
    // Reopened and still open past its deadline.
    await make({
      createdAt: at("2026-04-16 09:00"),
      firstResponseAt: at("2026-04-16 09:30"),
      deadlineAt: at("2026-04-20 23:59"),
      status: "accepted",
      satisfaction: "dissatisfied",
      reopenedAt: at("2026-04-19 09:00"),
    }),
    // Withdrawn: counted as a request, in no rate.
    await make({
      createdAt: at("2026-04-17 09:00"),
      deadlineAt: at("2026-04-27 23:59"),
      status: "withdrawn",
      category: null,
      topic: "suggestion",
    }),
    // A question, Monday to Tuesday morning: a full working day.
    await make({
      createdAt: at("2026-04-20 09:00"),
      firstResponseAt: at("2026-04-21 09:00"),
      resolvedAt: at("2026-04-22 09:00"),
      deadlineAt: at("2026-04-30 23:59"),
      satisfaction: "satisfied",
      kind: "question",
      topic: null,
      category: null,
    }),
    // May: two requests only, a cell too small to show.
    await make({
      createdAt: at("2026-05-11 09:00"),
      firstResponseAt: at("2026-05-11 10:00"),
      resolvedAt: at("2026-05-12 10:00"),
      deadlineAt: at("2026-05-20 23:59"),
      satisfaction: "satisfied",
    }),
    await make({
      createdAt: at("2026-05-12 09:00"),
      firstResponseAt: at("2026-05-12 11:00"),
      resolvedAt: at("2026-05-13 10:00"),
      deadlineAt: at("2026-05-20 23:59"),
      satisfaction: "satisfied",
    }),
  ];
  await refreshStatistics(db, { full: true });
});

describe("the monthly aggregates of a hand-built unit", () => {
  it("count working hours and days across a holiday", async () => {
    const exceptions = await calendar();
    const [friday] = handBuilt;
    // Friday 16:00–24:00, then Tuesday 00:00–10:00: the weekend and Qingming Monday do not count.
    expect(workingHoursBetween(friday!.createdAt, friday!.firstResponseAt!, exceptions)).toBe(18);
    const { months } = await monthlySeries("unit", unitId, APRIL, APRIL);
    const april = months[0]!.figures;
    // First responses: 18, 3, 1, 8, 0, 24 hours → median (3 + 8) / 2.
    expect(april.firstResponseHours).toEqual({ value: 5.5, of: 6 });
    // Answers in working days: 2 (Tue, Wed), 5, 2, 2, 2 → median 2.
    expect(april.answerDays).toEqual({ value: 2, of: 5 });
  });

  it("give the rates their plain definitions, the reopened one and the unrated one included", async () => {
    const { months, total } = await monthlySeries("unit", unitId, APRIL, "2026-05");
    const april = months[0]!.figures;
    expect(april.requests).toBe(7);
    expect(april.byKind).toEqual({ application: 0, question: null, feedback: 6 });
    expect(april.byCategory.dispute).toBe(null); // 4 of them: suppressed
    expect(april.byCategory.incident).toBe(0);
    // Due: 5 resolved and 1 open past its deadline; on time: 4 of them.
    expect(april.onTime).toEqual({ value: 4 / 6, of: 6 });
    // Rated: 3 satisfied or basically, 1 dissatisfied; too few to show.
    expect(april.satisfaction).toEqual({ value: null, of: null });
    // Answered (or rated): 6, of which 4 rated.
    expect(april.rated).toEqual({ value: 4 / 6, of: 6 });
    expect(april.reopened).toBe(null);
    // May alone is too small to show anything but zeros.
    expect(months[1]!.figures.requests).toBe(null);
    expect(months[1]!.figures.onTime.value).toBe(null);
    // The two months together: 6 ratings, 5 of them satisfied.
    expect(total.satisfaction).toEqual({ value: 5 / 6, of: 6 });
    expect(total.requests).toBe(9);
  });

  it("equal the figures computed directly, for the unit, its officer and the whole bureau", async () => {
    const db = await getDb();
    const exceptions = await calendar();
    const now = new Date();
    for (const month of [APRIL, "2026-05"]) {
      const mine = handBuilt.filter(
        (r) => r.createdAt >= at(`${month}-01 00:00`) && r.createdAt < at(month === APRIL ? "2026-05-01 00:00" : "2026-06-01 00:00"),
      );
      const fromUnit = (await monthlySeries("unit", unitId, month, month)).total;
      expect(fromUnit).toEqual(directFigures(mine, exceptions, now));
      expect((await monthlySeries("officer", officerId, month, month)).total).toEqual(fromUnit);
    }
    // The bureau: the demo history's April and the hand-built requests together.
    const april = await db
      .select()
      .from(requests)
      .where(and(gte(requests.createdAt, at("2026-04-01 00:00")), lt(requests.createdAt, at("2026-05-01 00:00"))));
    expect(april.length).toBeGreaterThan(50);
    const rated = await db
      .select()
      .from(evaluations)
      .where(
        and(
          eq(evaluations.state, "counted"),
          gte(evaluations.createdAt, at("2026-04-01 00:00")),
          lt(evaluations.createdAt, at("2026-05-01 00:00")),
        ),
      );
    expect((await monthlySeries("bureau", 0, APRIL, APRIL)).total).toEqual(directFigures(april, exceptions, now, rated));
  });

  it("are brought up to date by an ordinary refresh when a request changes", async () => {
    const before = await statisticsRefreshedAt();
    const unrated = handBuilt[3]!;
    await rateHandling(signedOut, unrated.trackToken, { satisfaction: "satisfied" });
    const result = await refreshStatistics(await getDb());
    expect(result).toMatchObject({ refreshed: true, full: false });
    expect((await statisticsRefreshedAt())!.getTime()).toBeGreaterThan(before!.getTime());
    const april = (await monthlySeries("unit", unitId, APRIL, APRIL)).total;
    expect(april.rated).toEqual({ value: 5 / 6, of: 6 });
    expect(april.satisfaction).toEqual({ value: 4 / 5, of: 5 });
  });

  it("give the unit's and the officer's last twelve months, and this month for the dashboard", async () => {
    const record = await responsiveness("unit", unitId, at("2026-11-15 12:00"));
    expect(record.requests).toBe(9);
    expect((await responsiveness("officer", officerId, at("2027-06-15 12:00"))).requests).toBe(0);
    const current = await thisMonth();
    expect(current.month).toMatch(/^\d{4}-\d{2}$/);
    const db = await getDb();
    const [unit] = await db.select().from(units).where(eq(units.id, unitId));
    expect(unit!.kind).toBe("station");
  });
});
