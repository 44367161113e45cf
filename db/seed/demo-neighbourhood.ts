import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";

import type { Tx } from "../client";
import { areas, officers, priorities, units, visitOfficers, visits } from "../schema";

const DAY = 86_400_000;

/** A Beijing wall-clock time `days` from today (UTC+8 all year). */
function beijingAt(days: number, hours: number, minutes: number): Date {
  const today = new Date(Date.now() + 8 * 3600_000);
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hours - 8, minutes));
}

// The third has no English yet: an English page shows the Chinese with a notice.
const demoPriorities = [
  {
    issue: "夜间电动车被盗多发",
    issueEn: "Electric bikes stolen at night",
    action: "增加夜间巡逻，在集中停放点加装监控，上门宣传防盗",
    actionEn: "More night patrols, cameras where bikes are parked, door-to-door advice on locks",
    outcome: "",
  },
  {
    issue: "学校周边上下学时段交通拥堵",
    issueEn: "Traffic jams around the school at the start and end of the day",
    action: "上下学时段民警、辅警定点护学，协调增设减速带",
    actionEn: "Officers at the school gates at those times; speed bumps requested",
    outcome: "护学岗已设立，拥堵时间明显缩短",
    outcomeEn: "The school-gate posts are in place and jams are much shorter",
  },
  { issue: "针对老年人的电信诈骗", action: "进村入户宣讲防诈骗知识，发放宣传资料", outcome: "" },
];

/** Demo priorities and visits (past with a summary, upcoming) for the demo officer's station and the first rural stations. */
export async function seedDemoNeighbourhood(tx: Tx, officersStation: number | null): Promise<void> {
  const rural = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.kind, "station"), eq(units.rural, true)))
    .orderBy(asc(units.sort), asc(units.id))
    .limit(3);
  const stations = [...(officersStation === null ? [] : [{ id: officersStation }]), ...rural.filter((s) => s.id !== officersStation)];
  for (const [index, station] of stations.entries()) {
    const own = (
      await tx
        .select({ id: units.id })
        .from(units)
        .where(or(eq(units.id, station.id), eq(units.parentId, station.id)))
    ).map((u) => u.id);
    const villages = await tx.select({ id: areas.id }).from(areas).where(inArray(areas.unitId, own)).orderBy(asc(areas.id)).limit(3);
    const crew = await tx
      .select({ id: officers.id })
      .from(officers)
      .where(and(eq(officers.unitId, station.id), eq(officers.published, true), isNull(officers.leadershipRank)))
      .orderBy(asc(officers.sort), asc(officers.id))
      .limit(2);
    const dueOn = new Date(Date.now() + (60 + index * 30) * DAY).toISOString().slice(0, 10);
    await tx
      .insert(priorities)
      .values([0, 1].map((i) => ({ unitId: station.id, ...demoPriorities[(index + i) % demoPriorities.length]!, dueOn })));
    const plan = [
      {
        days: -10,
        start: [9, 30],
        end: [11, 30],
        place: "村委会",
        placeEn: "village committee",
        purpose: "大走访：入户了解治安情况，听取意见",
        purposeEn: "Door-to-door visits: how safe residents feel, and what they want us to do",
        summary: "走访46户，群众主要反映夜间照明不足和电动车充电安全。已报镇政府增设路灯。",
        summaryEn:
          "46 households visited. Residents raised poor street lighting at night and safe charging of electric bikes; more street lights have been requested from the township.",
        households: 46,
      },
      {
        days: 3 + index,
        start: [9, 30],
        end: [11, 0],
        place: "村委会",
        placeEn: "village committee",
        purpose: "大走访：入户宣传防诈骗，听取群众意见",
        purposeEn: "Door-to-door visits: advice on phone and online fraud, and your concerns",
        summary: "",
        summaryEn: "",
        households: null,
      },
      {
        days: 10 + index,
        start: [14, 30],
        end: [16, 0],
        place: "文化广场",
        placeEn: "culture square",
        purpose: "警民恳谈会：夜间治安和交通安全",
        purposeEn: "Police and residents' meeting: safety at night and on the roads",
        summary: "",
        summaryEn: "",
        households: null,
      },
    ] as const;
    for (const [i, v] of plan.entries()) {
      const [created] = await tx
        .insert(visits)
        .values({
          unitId: station.id,
          areaId: villages[i % Math.max(villages.length, 1)]?.id ?? null,
          place: v.place,
          placeEn: v.placeEn,
          purpose: v.purpose,
          purposeEn: v.purposeEn,
          startsAt: beijingAt(v.days, v.start[0], v.start[1]),
          endsAt: beijingAt(v.days, v.end[0], v.end[1]),
          summary: v.summary,
          summaryEn: v.summaryEn,
          householdsVisited: v.households,
        })
        .returning({ id: visits.id });
      if (crew.length) await tx.insert(visitOfficers).values(crew.map((o) => ({ visitId: created!.id, officerId: o.id })));
    }
  }
}
