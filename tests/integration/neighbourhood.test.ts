import { and, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, auditLog, officers, units } from "@/db/schema";
import type { Ctx } from "@/domain/context";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { visitsCalendar } from "@/domain/neighbourhood/ics";
import { getUnitNeighbourhood, getVisit, listNeighbourhood, nextVisitsByArea } from "@/domain/neighbourhood/queries";
import { savePriority } from "@/domain/neighbourhood/save-priority";
import { saveVisit } from "@/domain/neighbourhood/save-visit";
import { pageVerdict } from "@/lib/page-guard";

import { ctxFor, signedOut } from "../helpers/ctx";

async function officerStation() {
  const officer = await ctxFor("officer@demo.test");
  const db = await getDb();
  const [unit] = await db.select().from(units).where(eq(units.id, officer.actor!.unitId!));
  const [area] = await db.select().from(areas).where(eq(areas.unitId, unit!.id)).limit(1);
  const [colleague] = await db.select().from(officers).where(eq(officers.unitId, unit!.id)).limit(1);
  const [otherStation] = await db
    .select()
    .from(units)
    .where(and(eq(units.kind, "station"), ne(units.id, unit!.id)))
    .limit(1);
  return { officer, unit: unit!, area: area!, colleague: colleague!, otherStation: otherStation! };
}

const nextYear = new Date().getFullYear() + 1;

describe("neighbourhood priorities and visits", () => {
  it("the demo stations have priorities, upcoming visits and past ones with a summary", async () => {
    const stations = await listNeighbourhood(signedOut);
    expect(stations.length).toBeGreaterThanOrEqual(3);
    for (const station of stations.slice(0, 3)) {
      expect(station.priorities.length).toBeGreaterThan(0);
      expect(station.upcoming.length).toBeGreaterThan(0);
      expect(station.upcoming.every((v, i, all) => i === 0 || all[i - 1]!.startsAt <= v.startsAt)).toBe(true);
      expect(station.past.some((v) => v.summary !== "")).toBe(true);
    }
  });

  it("an officer of the station publishes a visit; it shows on the station, on /neighbourhood and as the village's next visit; audited", async () => {
    const { officer, unit, area, colleague } = await officerStation();
    const { id } = await saveVisit(officer, {
      unitId: String(unit.id),
      areaId: String(area.id),
      place: "村委会",
      purpose: "大走访：听取村民意见",
      day: `${nextYear}-01-12`,
      startTime: "09:30",
      endTime: "11:00",
      officerIds: [String(colleague.id)],
    });
    const visit = await getVisit(signedOut, id);
    expect(visit.startsAt.toISOString()).toBe(`${nextYear}-01-12T01:30:00.000Z`);
    expect(visit.officers.map((o) => o.badgeNumber)).toEqual([colleague.badgeNumber]);
    expect((await getUnitNeighbourhood(signedOut, unit.slug)).upcoming.map((v) => v.id)).toContain(id);
    expect((await listNeighbourhood(signedOut)).find((s) => s.id === unit.id)?.upcoming.map((v) => v.id)).toContain(id);
    expect((await nextVisitsByArea(signedOut, [area.id])).get(area.id)?.place).toBeTruthy();
    const audit = await (
      await getDb()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "visit"), eq(auditLog.entityId, String(id))));
    expect(audit.map((a) => a.action)).toEqual(["visit.create"]);

    // Afterwards: the public summary.
    await saveVisit(officer, {
      id: String(id),
      unitId: String(unit.id),
      areaId: String(area.id),
      place: "村委会",
      purpose: "大走访：听取村民意见",
      day: `${nextYear}-01-12`,
      startTime: "09:30",
      endTime: "11:00",
      summary: "走访32户，村民反映夜间路灯不足。",
      householdsVisited: "32",
    });
    expect((await getVisit(signedOut, id)).householdsVisited).toBe(32);
  });

  it("an officer cannot change another station's; a moderator can; residents and the signed-out cannot", async () => {
    const { officer, otherStation } = await officerStation();
    const priority = { unitId: String(otherStation.id), issue: "夜间盗窃电动车", action: "加强夜间巡逻", dueOn: `${nextYear}-03-31` };
    await expect(savePriority(officer, priority)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(savePriority(signedOut, priority)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(savePriority(await ctxFor("resident@demo.test"), priority)).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await savePriority(await ctxFor("moderator@demo.test"), priority);
    expect((await getUnitNeighbourhood(signedOut, otherStation.slug)).priorities.find((p) => p.id === id)).toMatchObject({
      issue: "夜间盗窃电动车",
      dueOn: `${nextYear}-03-31`,
      outcome: "",
    });
    await savePriority(await ctxFor("moderator@demo.test"), { ...priority, id: String(id), outcome: "发案下降一半" });
    expect((await getUnitNeighbourhood(signedOut, otherStation.slug)).priorities.find((p) => p.id === id)?.outcome).toBe("发案下降一半");
    // The edit page: another station's officer gets a real 404 from the page guard, a moderator the page.
    const verdict = async (ctx: Ctx) => (await pageVerdict(`/staff/neighbourhood/priorities/${id}`, async () => ctx)).kind;
    expect(await verdict(officer)).toBe("notFound");
    expect(await verdict(await ctxFor("moderator@demo.test"))).toBe("render");
    expect(await pageVerdict("/staff/neighbourhood/priorities/x1", async () => officer)).toEqual({ kind: "notFound" });
  });

  it("a visit names places and officers of its own station only, and ends after it starts", async () => {
    const { officer, unit, otherStation } = await officerStation();
    const db = await getDb();
    const [foreignArea] = await db.select().from(areas).where(eq(areas.unitId, otherStation.id)).limit(1);
    const base = {
      unitId: String(unit.id),
      place: "文化广场",
      purpose: "警民恳谈会",
      day: `${nextYear}-02-01`,
      startTime: "14:00",
      endTime: "16:00",
    };
    if (foreignArea) {
      await expect(saveVisit(officer, { ...base, areaId: String(foreignArea.id) })).rejects.toSatisfy(
        (e) => e instanceof ValidationError && e.fieldErrors.areaId === "chooseArea",
      );
    }
    await expect(saveVisit(officer, { ...base, endTime: "13:00" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.endTime === "endsAfterStart",
    );
  });

  it("writes a valid RFC 5545 calendar in Asia/Shanghai time", async () => {
    const { officer, unit, area } = await officerStation();
    const { id } = await saveVisit(officer, {
      unitId: String(unit.id),
      areaId: String(area.id),
      place: "村委会, 二楼; 会议室",
      purpose: "大走访：听取村民意见，了解治安情况，宣传防诈骗知识，登记群众反映的问题并限期答复",
      day: `${nextYear}-01-20`,
      startTime: "09:30",
      endTime: "11:00",
    });
    const ics = visitsCalendar([await getVisit(signedOut, id)], "zh-CN", "https://police.example.test", "走访安排");
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.some((l) => l.startsWith("PRODID:"))).toBe(true);
    expect(lines.at(-1) === "END:VCALENDAR" || lines.at(-2) === "END:VCALENDAR").toBe(true);
    expect(lines).toContain("TZID:Asia/Shanghai");
    expect(lines.indexOf("BEGIN:VTIMEZONE")).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
    expect(lines).toContain(`DTSTART;TZID=Asia/Shanghai:${nextYear}0120T093000`);
    expect(lines).toContain(`DTEND;TZID=Asia/Shanghai:${nextYear}0120T110000`);
    expect(lines).toContain(`UID:visit-${id}@police.example.test`);
    expect(lines.some((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    // Text values escaped; lines folded at 75 octets.
    expect(ics).toContain("村委会\\, 二楼\\; 会议室");
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });
});
