import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { queryRows } from "@/db/sql";
import { getScores } from "@/domain/evaluations/scores";
import { listStaffEvaluations } from "@/domain/evaluations/staff-queries";

import { ctxFor, signedOut } from "../helpers/ctx";

/** Every rated target of the demo, as a "Rate" link names it. */
async function ratedTargets(): Promise<string[]> {
  const rows = await queryRows<{ target: string }>(
    await getDb(),
    sql`select distinct coalesce('officer:' || o.badge_number, 'unit:' || u.slug, 'service:' || s.slug) as target
        from evaluations e left join officers o on o.id = e.officer_id left join units u on u.id = e.unit_id
        left join services s on s.id = e.service_id`,
  );
  return rows.map((r) => r.target);
}

describe("the demo's ratings", () => {
  it("give several officers, stations and services averages, and others too few ratings to show them", async () => {
    const scores = await Promise.all((await ratedTargets()).map(async (target) => ({ target, ...(await getScores(signedOut, target)) })));
    const kinds = (list: typeof scores) => new Set(list.map((s) => s.target.split(":")[0]));
    const shown = scores.filter((s) => !s.tooFew);
    const tooFew = scores.filter((s) => s.tooFew && s.count > 0);
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect(kinds(shown)).toEqual(new Set(["officer", "unit", "service"]));
    expect(tooFew.length).toBeGreaterThanOrEqual(3);
    expect(shown.every((s) => s.attitude! >= 1 && s.attitude! <= 5)).toBe(true);
  });

  it("leave comments waiting for a moderator, one with a phone number to mask", async () => {
    const { items } = await listStaffEvaluations(await ctxFor("moderator@demo.test"), "pending");
    const demo = items.filter((e) => e.createdAt < new Date(Date.now() - 3600_000));
    expect(demo.length).toBeGreaterThanOrEqual(3);
    const withPhone = demo.find((e) => e.comment.includes("19900001234"));
    expect(withPhone?.maskedPreview).not.toContain("19900001234");
  });
});
