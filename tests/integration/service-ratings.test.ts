import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { evaluations, requests, services } from "@/db/schema";
import { ConflictError, ValidationError } from "@/domain/errors";
import { moderateEvaluation } from "@/domain/evaluations/moderate";
import { getScores, listApprovedComments } from "@/domain/evaluations/scores";
import { listStaffEvaluations } from "@/domain/evaluations/staff-queries";
import { findRatingTarget } from "@/domain/evaluations/targets";

import { ctxFor, signedOut } from "../helpers/ctx";
import { browser, rate, rater } from "../helpers/evaluations";
import { demoVillages, submitProblem } from "../helpers/requests";

/** A published service of the demo catalogue; `skip` keeps each test on its own. */
async function publishedService(skip: number) {
  const rows = await (
    await getDb()
  )
    .select()
    .from(services)
    .where(eq(services.published, true))
    .orderBy(asc(services.id))
    .limit(1)
    .offset(skip);
  return rows[0]!;
}

/** A request for this service, resolved (its handling, approval and delivery, is tested with the service hall). */
async function completedApplication(serviceId: number) {
  const receipt = await submitProblem((await demoVillages()).own);
  await (
    await getDb()
  )
    .update(requests)
    .set({ serviceId, status: "resolved", resolvedAt: new Date() })
    .where(eq(requests.trackingNumber, receipt.trackingNumber));
  return receipt;
}

describe("rating a service of the service hall", () => {
  it("names a published service as a target, and nothing unpublished", async () => {
    const service = await publishedService(0);
    expect(await findRatingTarget(signedOut, `service:${service.slug}`)).toMatchObject({
      kind: "service",
      nameZh: service.titleZh,
      href: `/services/${service.slug}`,
    });
    await (await getDb()).update(services).set({ published: false }).where(eq(services.id, service.id));
    expect(await findRatingTarget(signedOut, `service:${service.slug}`)).toBeNull();
    await expect(rate(rater(), `service:${service.slug}`)).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.target === "chooseTarget",
    );
    await (await getDb()).update(services).set({ published: true }).where(eq(services.id, service.id));
  });

  it("an open rating once per browser in 30 days; averages from five, the small-count rule as for officers", async () => {
    const target = `service:${(await publishedService(1)).slug}`;
    const token = browser();
    expect(await rate(rater(), target, {}, token)).toEqual({ verified: false, held: false });
    await expect(rate(rater(), target, {}, token)).rejects.toSatisfy((e) => e instanceof ConflictError && e.key === "alreadyRated");
    for (let i = 0; i < 3; i++) await rate(rater(), target);
    expect(await getScores(signedOut, target)).toMatchObject({ count: 4, tooFew: true, attitude: null });
    // Out of the burst window before the fifth.
    const service = await publishedService(1);
    await (
      await getDb()
    )
      .update(evaluations)
      .set({ createdAt: new Date(Date.now() - 3600_000) })
      .where(eq(evaluations.serviceId, service.id));
    await rate(rater(), target, { attitude: "1" });
    expect(await getScores(signedOut, target)).toEqual({ count: 5, verified: 0, tooFew: false, attitude: 4.2, efficiency: 4, fairness: 3 });
  });

  it("the codes of a completed application for the service verify one rating; another service's do not", async () => {
    const service = await publishedService(2);
    const receipt = await completedApplication(service.id);
    const codes = { trackingNumber: receipt.trackingNumber, accessCode: receipt.accessCode };
    await expect(rate(rater(), `service:${(await publishedService(3)).slug}`, codes)).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.trackingNumber === "notHandledByTarget",
    );
    expect(await rate(rater(), `service:${service.slug}`, codes)).toEqual({ verified: true, held: false });
    await expect(rate(rater(), `service:${service.slug}`, codes)).rejects.toSatisfy(
      (e) => e instanceof ConflictError && e.key === "alreadyVerified",
    );
    expect((await getScores(signedOut, `service:${service.slug}`)).verified).toBe(1);
  });

  it("its comments wait for a moderator, who sees the service named, and then show on its page", async () => {
    const service = await publishedService(4);
    const target = `service:${service.slug}`;
    await rate(rater(), target, { comment: "材料清单写得很清楚" });
    expect((await listApprovedComments(signedOut, target)).items).toEqual([]);
    const moderator = await ctxFor("moderator@demo.test");
    const pending = (await listStaffEvaluations(moderator, "pending")).items.find((e) => e.target.key === target);
    expect(pending).toMatchObject({ target: { kind: "service", nameZh: service.titleZh }, comment: "材料清单写得很清楚" });
    await moderateEvaluation(moderator, { id: String(pending!.id), decision: "approve" });
    expect((await listApprovedComments(signedOut, target)).items.map((c) => c.text)).toEqual(["材料清单写得很清楚"]);
  });
});
