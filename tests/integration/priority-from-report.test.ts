import { randomBytes } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, publications, requests, units } from "@/db/schema";
import { backItem } from "@/domain/desk/me-too";
import { mostBacked } from "@/domain/desk/staff-lists";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { makePriorityFromRequest } from "@/domain/neighbourhood/priority-from-request";
import { getUnitNeighbourhood } from "@/domain/neighbourhood/queries";
import { requestPriority } from "@/domain/neighbourhood/request-priority";

import { ctxFor, signedOut } from "../helpers/ctx";
import { demoVillages, submitProblem } from "../helpers/requests";

/** A problem report from a village of the demo officer's station, published (arranged directly: publishing is tested on its own). */
async function publishedReport(title = "村口路灯不亮") {
  const receipt = await submitProblem((await demoVillages()).own, "zh-CN", { consentToPublish: "on" });
  const db = await getDb();
  const [request] = await db.select().from(requests).where(eq(requests.trackingNumber, receipt.trackingNumber));
  await db
    .insert(publications)
    .values({ requestId: request!.id, publicTitle: title, publicQuestion: "村口路灯坏了。", publicReply: "已报修。" });
  return { trackingNumber: receipt.trackingNumber, requestId: request!.id, unitId: request!.unitId! };
}

const texts = {
  issueEn: "Street light out at the village entrance",
  action: "报修并加强夜间巡逻",
  dueOn: `${new Date().getFullYear() + 1}-02-01`,
};
const browser = () => randomBytes(24).toString("base64url");

describe("a much-backed report becomes a neighbourhood priority", () => {
  it("an officer of the station makes it one: linked both ways, shown with its backers, audited, once only", async () => {
    const report = await publishedReport();
    for (let i = 0; i < 3; i++)
      await backItem({ ...signedOut, ip: `198.51.100.${i + 1}` }, { trackingNumber: report.trackingNumber }, browser());
    const officer = await ctxFor("officer@demo.test");
    expect(report.unitId).toBe(officer.actor!.unitId);
    expect(await requestPriority(officer, report.trackingNumber)).toMatchObject({
      state: "candidate",
      publicTitle: "村口路灯不亮",
      backers: 3,
    });
    const { id, unitId } = await makePriorityFromRequest(officer, { trackingNumber: report.trackingNumber, ...texts });
    expect(unitId).toBe(report.unitId);
    const [unit] = await (await getDb()).select().from(units).where(eq(units.id, unitId));
    const shown = (await getUnitNeighbourhood(signedOut, unit!.slug)).priorities.find((p) => p.id === id);
    expect(shown).toMatchObject({
      issue: "",
      issueEn: texts.issueEn,
      action: texts.action,
      source: { trackingNumber: report.trackingNumber, kind: "feedback", title: "村口路灯不亮", backers: 3 },
    });
    expect(await requestPriority(officer, report.trackingNumber)).toMatchObject({
      state: "priority",
      id,
      issueEn: texts.issueEn,
      unit: { slug: unit!.slug },
    });
    expect((await mostBacked(officer)).find((item) => item.trackingNumber === report.trackingNumber)).toMatchObject({
      backers: 3,
      priorityId: id,
    });
    const audit = await (
      await getDb()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "priority"), eq(auditLog.entityId, String(id))));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["priority.fromRequest", officer.actor!.userId]]);
    await expect(
      makePriorityFromRequest(await ctxFor("moderator@demo.test"), { trackingNumber: report.trackingNumber, ...texts }),
    ).rejects.toSatisfy((e) => e instanceof ConflictError && e.key === "alreadyPriority");
  });

  it("a moderator may for any station; an officer of another station, a resident or a visitor may not", async () => {
    const report = await publishedReport();
    const db = await getDb();
    const [other] = await db
      .select()
      .from(units)
      .where(and(eq(units.kind, "station"), ne(units.id, report.unitId)))
      .limit(1);
    await db.update(requests).set({ unitId: other!.id }).where(eq(requests.id, report.requestId));
    await expect(
      makePriorityFromRequest(await ctxFor("officer@demo.test"), { trackingNumber: report.trackingNumber, ...texts }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      makePriorityFromRequest(await ctxFor("resident@demo.test"), { trackingNumber: report.trackingNumber, ...texts }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(makePriorityFromRequest(signedOut, { trackingNumber: report.trackingNumber, ...texts })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    const moderator = await ctxFor("moderator@demo.test");
    expect(await requestPriority(moderator, report.trackingNumber)).toMatchObject({ state: "candidate", station: { id: other!.id } });
    const made = await makePriorityFromRequest(moderator, { trackingNumber: report.trackingNumber, ...texts });
    expect(made.unitId).toBe(other!.id);
  });

  it("needs a published report, an issue and an action in one language at least, and a report that exists", async () => {
    const officer = await ctxFor("officer@demo.test");
    const report = await publishedReport();
    await expect(makePriorityFromRequest(officer, { trackingNumber: report.trackingNumber, dueOn: texts.dueOn })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.issue === "eitherLanguage" && e.fieldErrors.action === "eitherLanguage",
    );
    await (
      await getDb()
    )
      .update(publications)
      .set({ hiddenAt: new Date(), hiddenReason: "test" })
      .where(eq(publications.requestId, report.requestId));
    await expect(makePriorityFromRequest(officer, { trackingNumber: report.trackingNumber, ...texts })).rejects.toSatisfy(
      (e) => e instanceof ConflictError && e.key === "notPublishedReport",
    );
    const unpublished = await submitProblem((await demoVillages()).own);
    await expect(makePriorityFromRequest(officer, { trackingNumber: unpublished.trackingNumber, ...texts })).rejects.toSatisfy(
      (e) => e instanceof ConflictError && e.key === "notPublishedReport",
    );
    await expect(makePriorityFromRequest(officer, { trackingNumber: "F20260101-0000-XXXX", ...texts })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
