import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { evaluations, officers, units } from "@/db/schema";
import { refreshStatistics } from "@/db/statistics-refresh";
import { getStatisticsPage } from "@/domain/statistics/page";
import { monthlySeries } from "@/domain/statistics/queries";
import { cell } from "@/domain/statistics/table";

import { signedOut } from "../helpers/ctx";

// Open-door ratings in the monthly statistics: counted in the month they were
// given, for the bureau, the rated unit (its officers' ratings included) and
// the officer; held ratings left out; averages shown from five ratings.

const at = (local: string) => new Date(`${local.replace(" ", "T")}:00+08:00`);
let unitId = 0;
let officerId = 0;
let unitSlug = "";

type Rating = { attitude: number; efficiency: number; fairness: number; createdAt: Date; state?: "counted" | "held" };

async function rate(target: { officerId: number } | { unitId: number }, ratings: Rating[]) {
  await (await getDb()).insert(evaluations).values(ratings.map((r) => ({ ...target, ...r })));
}

beforeAll(async () => {
  const db = await getDb();
  const tag = randomBytes(3).toString("hex");
  const [unit] = await db
    .insert(units)
    .values({ slug: `rated-${tag}`, nameZh: "评分测试派出所", nameEn: "Rating test station", kind: "station" })
    .returning();
  unitId = unit!.id;
  unitSlug = unit!.slug;
  const [officer] = await db
    .insert(officers)
    .values({ badgeNumber: `R${tag}`, nameZh: "评分", namePinyin: "Ping Fen", titleZh: "民警", titleEn: "Officer", unitId })
    .returning();
  officerId = officer!.id;
  // March 2026: three ratings of the officer and two of the unit (scores 5,4,3 / 4,4,4 / 3,3,3 / 5,5,5 / 2,3,4),
  // and one held for moderation (1,1,1) that must not count.
  await rate({ officerId }, [
    { attitude: 5, efficiency: 4, fairness: 3, createdAt: at("2026-03-02 09:00") },
    { attitude: 4, efficiency: 4, fairness: 4, createdAt: at("2026-03-10 09:00") },
    { attitude: 3, efficiency: 3, fairness: 3, createdAt: at("2026-03-31 23:30") },
    { attitude: 1, efficiency: 1, fairness: 1, createdAt: at("2026-03-15 09:00"), state: "held" },
  ]);
  await rate({ unitId }, [
    { attitude: 5, efficiency: 5, fairness: 5, createdAt: at("2026-03-20 09:00") },
    { attitude: 2, efficiency: 3, fairness: 4, createdAt: at("2026-03-25 09:00") },
    // 00:30 local on 1 April is 31 March in UTC: it belongs to April.
    { attitude: 1, efficiency: 1, fairness: 1, createdAt: at("2026-04-01 00:30") },
  ]);
  await refreshStatistics(db, { full: true });
});

describe("open-door ratings in the monthly statistics", () => {
  it("average a unit's ratings with its officers', leave held ones out, and count the month in local time", async () => {
    const march = (await monthlySeries("unit", unitId, "2026-03", "2026-03")).total;
    // (12 + 12 + 9 + 15 + 9) / 15 = 3.8; the unit had no requests, yet its cell exists.
    expect(march.evaluation).toEqual({ value: 3.8, of: 5 });
    expect(march.requests).toBe(0);
    expect(cell(march, "evaluation")).toBe("3.8");
    const april = (await monthlySeries("unit", unitId, "2026-04", "2026-04")).total;
    expect(april.evaluation).toEqual({ value: null, of: null });
    expect(cell(april, "evaluation")).toBe("<5");
  });

  it("show an officer's own average only from five ratings", async () => {
    const march = (await monthlySeries("officer", officerId, "2026-03", "2026-03")).total;
    expect(march.evaluation).toEqual({ value: null, of: null });
    const may = (await monthlySeries("officer", officerId, "2026-05", "2026-05")).total;
    expect(cell(may, "evaluation")).toBe("–");
  });

  it("reach the statistics page and its downloads through the same cells", async () => {
    const page = await getStatisticsPage(signedOut, { from: "2026-03", to: "2026-04", unit: unitSlug });
    expect(page.unit?.id).toBe(unitId);
    // Both months: (57 + 3) / 18 points.
    expect(page.total.evaluation).toEqual({ value: 3.3, of: 6 });
    expect(page.byUnit.find((u) => u.unit.id === unitId)?.figures.evaluation).toEqual({ value: 3.3, of: 6 });
  });

  it("count a new rating at the next ordinary refresh", async () => {
    const now = new Date();
    const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(now);
    const before = (await monthlySeries("unit", unitId, month, month)).total.evaluation;
    expect(before).toEqual({ value: null, of: 0 });
    await rate(
      { unitId },
      Array.from({ length: 5 }, () => ({ attitude: 4, efficiency: 5, fairness: 3, createdAt: now })),
    );
    expect(await refreshStatistics(await getDb())).toMatchObject({ refreshed: true, full: false });
    expect((await monthlySeries("unit", unitId, month, month)).total.evaluation).toEqual({ value: 4, of: 5 });
  });
});
