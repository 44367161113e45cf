// What the home, unit and directory search pages keep in memory: a change
// made through the domain shows at once, and one made by another server
// reaches this one by its notice.
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb, openDatabase } from "@/db/client";
import { areas, evaluations, priorities, units } from "@/db/schema";
import { moderateEvaluation } from "@/domain/evaluations/moderate";
import { getScores, listApprovedComments } from "@/domain/evaluations/scores";
import { getUnitNeighbourhood, nextVisitsByArea } from "@/domain/neighbourhood/queries";
import { savePriority } from "@/domain/neighbourhood/save-priority";
import { saveVisit } from "@/domain/neighbourhood/save-visit";
import { mostUsedServices } from "@/domain/services/catalogue";
import { setServicePublished } from "@/domain/services/edit-services";
import { listPublished } from "@/domain/transparency/articles";
import { saveArticle, setArticleStatus } from "@/domain/transparency/manage-articles";

import { ctxFor, signedOut } from "../helpers/ctx";
import { rate, rater } from "../helpers/evaluations";
import { eventually } from "../helpers/eventually";

const nextYear = new Date().getFullYear() + 1;

/** The demo officer's station, and one of its villages with no visit coming. */
async function stationAndQuietArea() {
  const officer = await ctxFor("officer@demo.test");
  const db = await getDb();
  const [unit] = await db.select().from(units).where(eq(units.id, officer.actor!.unitId!));
  const villages = await db.select().from(areas).where(eq(areas.unitId, unit!.id));
  const next = await nextVisitsByArea(
    signedOut,
    villages.map((a) => a.id),
  );
  const quiet = villages.find((a) => !next.has(a.id));
  return { officer, unit: unit!, area: quiet! };
}

describe("what public pages keep, after a staff change", () => {
  it("a published article, an unpublished service, a new visit and priority show at once", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    // Read first, so each is kept.
    const latest = async () => (await listPublished(signedOut, ["notices", "news"], 5)).map((a) => a.id);
    const before = await latest();
    const id = await saveArticle(moderator, null, {
      section: "news",
      titleZh: "春节平安提示",
      titleEn: "",
      bodyZh: "注意防火。",
      bodyEn: "",
    });
    expect(await latest()).toEqual(before);
    await setArticleStatus(moderator, { articleId: id, action: "publish" });
    expect(await latest()).toContain(id);

    const used = (await mostUsedServices(signedOut)).map((s) => s.slug);
    expect(used.length).toBeGreaterThan(0);
    await setServicePublished(moderator, { slug: used[0]!, published: "false" });
    expect((await mostUsedServices(signedOut)).map((s) => s.slug)).not.toContain(used[0]);
    await setServicePublished(moderator, { slug: used[0]!, published: "true" });
    expect((await mostUsedServices(signedOut)).map((s) => s.slug)).toContain(used[0]);

    const { officer, unit, area } = await stationAndQuietArea();
    const shown = await getUnitNeighbourhood(signedOut, unit.slug);
    expect(area).toBeDefined();
    const visit = await saveVisit(officer, {
      unitId: String(unit.id),
      areaId: String(area.id),
      place: "村委会",
      purpose: "听取村民意见",
      day: `${nextYear}-03-03`,
      startTime: "09:00",
      endTime: "10:00",
    });
    const priority = await savePriority(officer, {
      unitId: String(unit.id),
      dueOn: `${nextYear}-04-01`,
      issue: "电动车被盗",
      action: "夜间巡逻",
    });
    const now = await getUnitNeighbourhood(signedOut, unit.slug);
    expect(now.upcoming.map((v) => v.id)).toEqual(expect.arrayContaining([...shown.upcoming.map((v) => v.id), visit.id]));
    expect(now.priorities.map((p) => p.id)).toContain(priority.id);
    expect((await nextVisitsByArea(signedOut, [area.id])).get(area.id)?.id).toBe(visit.id);
    await savePriority(officer, {
      id: String(priority.id),
      unitId: String(unit.id),
      dueOn: `${nextYear}-04-01`,
      issue: "电动车被盗",
      action: "夜间巡逻",
      outcome: "发案减少",
    });
    expect((await getUnitNeighbourhood(signedOut, unit.slug)).priorities.find((p) => p.id === priority.id)?.outcome).toBe("发案减少");
  });

  it("a rating and a moderator's approval show at once in the kept scores and comments", async () => {
    const target = `unit:${(await stationAndQuietArea()).unit.slug}`;
    const count = (await getScores(signedOut, target)).count;
    const comments = (await listApprovedComments(signedOut, target)).items.length;
    const comment = "民警处理及时，态度很好";
    await rate(rater("192.0.2.201"), target, { comment });
    expect((await getScores(signedOut, target)).count).toBe(count + 1);
    // Waiting for a moderator: not public yet.
    expect((await listApprovedComments(signedOut, target)).items).toHaveLength(comments);
    const [row] = await (await getDb()).select().from(evaluations).where(eq(evaluations.comment, comment));
    await moderateEvaluation(await ctxFor("moderator@demo.test"), { id: String(row!.id), decision: "approve" });
    expect((await listApprovedComments(signedOut, target)).items[0]?.text).toBe(comment);
  });
});

describe("what public pages keep, across servers", () => {
  it("another server's priority, rating and unit name reach this server by their notices", async () => {
    const { unit } = await stationAndQuietArea();
    const target = `unit:${unit.slug}`;
    const shown = await getUnitNeighbourhood(signedOut, unit.slug);
    const scores = await getScores(signedOut, target);
    const other = await openDatabase({ url: process.env.DATABASE_URL! });
    try {
      const [added] = await other.db
        .insert(priorities)
        .values({ unitId: unit.id, dueOn: `${nextYear}-06-01`, issue: "路灯不亮", action: "联系供电所" })
        .returning({ id: priorities.id });
      await other.db.insert(evaluations).values({ unitId: unit.id, attitude: 5, efficiency: 5, fairness: 5 });
      // Without a notice this server keeps its copies.
      expect((await getUnitNeighbourhood(signedOut, unit.slug)).priorities).toHaveLength(shown.priorities.length);
      expect((await getScores(signedOut, target)).count).toBe(scores.count);
      await other.db.execute(sql`select pg_notify('safe_city_cache', 'neighbourhood')`);
      await other.db.execute(sql`select pg_notify('safe_city_cache', 'ratings')`);
      expect(
        await eventually(async () => (await getUnitNeighbourhood(signedOut, unit.slug)).priorities.some((p) => p.id === added!.id)),
      ).toBe(true);
      expect(await eventually(async () => (await getScores(signedOut, target)).count === scores.count + 1)).toBe(true);
      // A directory change (here a unit's name) reaches the neighbourhood it names.
      await other.db.update(units).set({ nameEn: "Renamed Station" }).where(eq(units.id, unit.id));
      await other.db.execute(sql`select pg_notify('safe_city_cache', 'directory')`);
      expect(await eventually(async () => (await getUnitNeighbourhood(signedOut, unit.slug)).nameEn === "Renamed Station")).toBe(true);
    } finally {
      await other.db.update(units).set({ nameEn: unit.nameEn }).where(eq(units.id, unit.id));
      await other.db.delete(priorities).where(and(eq(priorities.unitId, unit.id), eq(priorities.issue, "路灯不亮")));
      await other.close();
    }
  });
});
