import { and, desc, eq, isNull } from "drizzle-orm";

import type { Tx } from "../client";
import { evaluations, officers, services, units } from "../schema";
import { int, mulberry32, pick, range, type Rng } from "./demo-random";

const DAY = 86_400_000;

const approvedComments = [
  "民警态度很好，耐心解释了办理流程。",
  "办事效率高，一次就办好了。",
  "晚上报警后很快就到了现场，谢谢。",
  "The officer explained everything clearly and was very patient.",
  "窗口排队时间有点长，希望增加周末服务。",
  "处理邻里纠纷很公道，双方都服气。",
];
// Waiting for a moderator: one with a phone number and a name to mask, one a moderator would hide.
const pendingComments = [
  "上周去派出所办户口，张警官很热情，他的电话19900001234也给了我。",
  "希望夜里多来村里巡逻几次。",
  "Please answer the phone at the station at lunchtime too.",
  "垃圾广告 加微信 领红包",
];

type Target = { officerId?: number; unitId?: number; serviceId?: number };

/** `count` ratings of a target over the last months, mostly good, some with an approved comment. */
function ratingsOf(rng: Rng, target: Target, count: number) {
  return range(count).map(() => {
    const base = int(rng, 3, 5);
    const score = () => Math.min(5, Math.max(1, base + int(rng, -1, 1)));
    const comment = rng() < 0.3 ? pick(rng, approvedComments) : "";
    return {
      ...target,
      attitude: score(),
      efficiency: score(),
      fairness: score(),
      comment,
      commentPublic: comment,
      commentState: comment ? ("approved" as const) : null,
      moderatedAt: comment ? new Date() : null,
      raterToken: `demo-${int(rng, 1, 1e9)}`,
      ipBucket: "demo",
      // A day to eleven months ago: never a burst, always in the last 12 months.
      createdAt: new Date(Date.now() - int(rng, 1, 330) * DAY - int(rng, 0, 86_399) * 1000),
    };
  });
}

/**
 * Demo ratings: several stations, officers and services with enough ratings
 * for averages, a few with too few, and comments waiting for a moderator.
 * Targets are taken from the end of each list, away from those the tests rate.
 */
export async function seedDemoRatings(tx: Tx): Promise<void> {
  const rng = mulberry32(1301);
  const stations = await tx
    .select({ id: units.id })
    .from(units)
    .where(eq(units.kind, "station"))
    .orderBy(desc(units.sort), desc(units.id))
    .limit(6);
  const people = await tx
    .select({ id: officers.id })
    .from(officers)
    .where(and(eq(officers.published, true), isNull(officers.leadershipRank)))
    .orderBy(desc(officers.badgeNumber))
    .limit(8);
  const hall = await tx.select({ id: services.id }).from(services).where(eq(services.published, true)).orderBy(desc(services.id)).limit(3);
  // The first of each list shows averages (5 or more), the last ones "too few".
  const plan: [Target, number][] = [
    ...stations.map((s, i): [Target, number] => [{ unitId: s.id }, i < 4 ? int(rng, 6, 14) : int(rng, 1, 3)]),
    ...people.map((o, i): [Target, number] => [{ officerId: o.id }, i < 5 ? int(rng, 5, 9) : int(rng, 1, 3)]),
    ...hall.map((s, i): [Target, number] => [{ serviceId: s.id }, i < 2 ? int(rng, 5, 8) : 2]),
  ];
  const rows = plan.flatMap(([target, count]) => ratingsOf(rng, target, count));
  const waiting = pendingComments.map((comment, i) => ({
    ...ratingsOf(rng, plan[i % plan.length]![0], 1)[0]!,
    comment,
    commentPublic: comment,
    commentState: "pending" as const,
    moderatedAt: null,
  }));
  await tx.insert(evaluations).values([...rows, ...waiting]);
}
