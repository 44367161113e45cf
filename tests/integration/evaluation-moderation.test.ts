import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, evaluations } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError } from "@/domain/errors";
import { moderateEvaluation } from "@/domain/evaluations/moderate";
import { getModerationReport } from "@/domain/evaluations/report";
import { getScores, listApprovedComments } from "@/domain/evaluations/scores";
import { listStaffEvaluations } from "@/domain/evaluations/staff-queries";

import { ctxFor, signedOut } from "../helpers/ctx";
import { demoOfficer, rate, rater } from "../helpers/evaluations";

async function idOf(comment: string): Promise<number> {
  const [row] = await (await getDb()).select().from(evaluations).where(eq(evaluations.comment, comment));
  return row!.id;
}

const thisMonth = () => new Date().toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 7);

describe("moderating comments", () => {
  it("a comment waits, then a moderator approves it masked; the original stays; audited", async () => {
    const officer = await demoOfficer();
    const target = `officer:${officer.badge}`;
    const comment = "态度很好，我的电话13912345678，谢谢王警官";
    await rate(rater(), target, { comment });
    expect((await listApprovedComments(signedOut, target)).items.some((c) => c.text.includes("态度很好"))).toBe(false);
    const moderator = await ctxFor("moderator@demo.test");
    const id = await idOf(comment);
    await moderateEvaluation(moderator, { id: String(id), decision: "approve", mask: "on" });
    const approved = (await listApprovedComments(signedOut, target)).items.find((c) => c.id === id)!;
    expect(approved.text).toContain("态度很好");
    expect(approved.text).not.toContain("13912345678");
    const [row] = await (await getDb()).select().from(evaluations).where(eq(evaluations.id, id));
    expect(row!.comment).toBe(comment);
    const audit = await (
      await getDb()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "evaluation"), eq(auditLog.entityId, String(id))));
    expect(audit.map((a) => a.action)).toEqual(["evaluation.approve"]);
  });

  it("hiding needs a reason, and the report counts comments received, published and hidden by reason", async () => {
    const before = (await getModerationReport(signedOut)).find((m) => m.month === thisMonth());
    const target = `officer:${(await demoOfficer()).badge}`;
    await rate(rater(), target, { comment: "垃圾广告 buy now" });
    await rate(rater(), target, { comment: "很满意的一次办事" });
    const moderator = await ctxFor("moderator@demo.test");
    const spam = await idOf("垃圾广告 buy now");
    await expect(moderateEvaluation(moderator, { id: String(spam), decision: "hide" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.reason === "chooseHideReason",
    );
    await moderateEvaluation(moderator, { id: String(spam), decision: "hide", reason: "spam" });
    await moderateEvaluation(moderator, { id: String(await idOf("很满意的一次办事")), decision: "approve" });
    const after = (await getModerationReport(signedOut)).find((m) => m.month === thisMonth())!;
    expect(after.received - (before?.received ?? 0)).toBe(2);
    expect(after.published - (before?.published ?? 0)).toBe(1);
    expect(after.hidden - (before?.hidden ?? 0)).toBe(1);
    expect(after.hiddenBy.spam - (before?.hiddenBy.spam ?? 0)).toBe(1);
    expect(JSON.stringify(after)).not.toContain("垃圾");
  });

  it("an officer sees comments about themselves, not others', and cannot moderate", async () => {
    const officerCtx = await ctxFor("officer@demo.test");
    const own = await demoOfficer();
    await rate(rater(), `officer:${own.badge}`, { comment: "关于我的评价" });
    const { items, mayModerate } = await listStaffEvaluations(officerCtx, "pending");
    expect(mayModerate).toBe(false);
    expect(items.some((i) => i.comment === "关于我的评价")).toBe(true);
    expect(items.every((i) => i.target.key === `officer:${own.badge}`)).toBe(true);
    await expect(moderateEvaluation(officerCtx, { id: String(await idOf("关于我的评价")), decision: "approve" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(listStaffEvaluations(signedOut)).rejects.toThrow();
  });

  it("a moderator lets a held rating count", async () => {
    const officer = await demoOfficer();
    const db = await getDb();
    const [held] = await db
      .insert(evaluations)
      .values({ officerId: officer.officerId, attitude: 2, efficiency: 2, fairness: 2, state: "held" })
      .returning();
    const moderator = await ctxFor("moderator@demo.test");
    const before = (await getScores(signedOut, `officer:${officer.badge}`)).count;
    await moderateEvaluation(moderator, { id: String(held!.id), decision: "count" });
    expect((await getScores(signedOut, `officer:${officer.badge}`)).count).toBe(before + 1);
    await expect(moderateEvaluation(moderator, { id: String(held!.id), decision: "count" })).rejects.toBeInstanceOf(ConflictError);
  });
});
