import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { Ctx } from "@/domain/context";
import { backItem } from "@/domain/desk/me-too";
import { getPublishedQuestion, listPublishedQuestions } from "@/domain/desk/published-questions";
import { mostBacked } from "@/domain/desk/staff-lists";
import { ConflictError, NotFoundError, RateLimitedError, ValidationError } from "@/domain/errors";
import { previewPublication, publishRequest } from "@/domain/requests/publication";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { replyToRequest, triageRequest } from "@/domain/requests/staff/handle-request";

import { ctxFor, signedOut } from "../helpers/ctx";
import { askQuestion, publishedQuestion } from "../helpers/desk";
import { submitProblem } from "../helpers/requests";

let moderator: Ctx;
const token = () => randomBytes(24).toString("base64url");

beforeAll(async () => {
  moderator = await ctxFor("moderator@demo.test");
});

describe("published desk questions", () => {
  it("shows the redacted copy with its answer, found by text, village, unit and topic", async () => {
    const tn = await publishedQuestion("电动车上牌", "我叫李明，电话13912345678，电动车在哪里上牌？");
    const found = await getPublishedQuestion(signedOut, tn);
    expect(found!.item.question).not.toContain("13912345678");
    expect(found!.item.question).not.toContain("李明");
    expect(found!.item).toMatchObject({ title: "电动车上牌", reply: "可以到派出所窗口办理。", placeZh: "王庄村", topic: "traffic" });
    const ids = async (q: Record<string, string>) => (await listPublishedQuestions(signedOut, q)).items.map((i) => i.trackingNumber);
    expect(await ids({ q: "上牌" })).toContain(tn);
    expect(await ids({ village: "wangzhuang" })).toContain(tn);
    expect(await ids({ topic: "traffic" })).toContain(tn);
    expect(await ids({ unit: found!.item.unitSlug! })).toContain(tn);
    expect(await ids({ unit: "bureau" })).not.toContain(tn);
    expect(await ids({ topic: "documents" })).not.toContain(tn);
    expect(await ids({ q: "没有这种问题" })).toEqual([]);
  });

  it("pages by keyset without repeats", async () => {
    for (let i = 0; i < 11; i++) await publishedQuestion(`翻页问题 ${i}`, "翻页测试");
    const first = await listPublishedQuestions(signedOut, { q: "翻页" });
    expect(first.items).toHaveLength(10);
    const second = await listPublishedQuestions(signedOut, { q: "翻页", before: first.next });
    expect(second.items).toHaveLength(1);
    expect(second.next).toBeNull();
    expect(first.items.map((i) => i.id)).not.toContain(second.items[0]!.id);
  });

  it("keeps an unpublished question off the desk", async () => {
    const receipt = await askQuestion("王庄村", { consentToPublish: "on" });
    expect(await getPublishedQuestion(signedOut, receipt.trackingNumber)).toBeNull();
  });
});

describe("this affects me too", () => {
  it("counts one per signed-in account and one per browser, and refuses a second", async () => {
    const tn = await publishedQuestion("路灯不亮", "村口路灯坏了");
    const resident = await ctxFor("resident@demo.test");
    expect(await backItem(resident, { trackingNumber: tn }, null)).toBe(1);
    await expect(backItem(resident, { trackingNumber: tn }, token())).rejects.toSatisfy(
      (e) => e instanceof ConflictError && e.key === "alreadyBacked",
    );
    const browser = token();
    expect(await backItem(signedOut, { trackingNumber: tn }, browser)).toBe(2);
    await expect(backItem(signedOut, { trackingNumber: tn }, browser)).rejects.toThrow(ConflictError);
    expect(await backItem(signedOut, { trackingNumber: tn }, token())).toBe(3);
    expect((await getPublishedQuestion(signedOut, tn))!.backing).toBe(3);
  });

  it("holds one per browser when two clicks arrive at once", async () => {
    const tn = await publishedQuestion("同时点击", "并发测试");
    const browser = token();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => backItem(signedOut, { trackingNumber: tn }, browser)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await getPublishedQuestion(signedOut, tn))!.backing).toBe(1);
  });

  it("needs the browser's token from an anonymous visitor, and a published item", async () => {
    const tn = await publishedQuestion("无令牌", "测试");
    await expect(backItem(signedOut, { trackingNumber: tn }, null)).rejects.toThrow(ValidationError);
    const unpublished = await askQuestion("王庄村");
    await expect(backItem(signedOut, { trackingNumber: unpublished.trackingNumber }, token())).rejects.toThrow(NotFoundError);
  });

  it("backs a published problem report too, and the staff dashboard lists the most-backed open ones", async () => {
    const report = await submitProblem("王庄村", "zh-CN", { consentToPublish: "on" });
    await triageAndPublish(report.trackingNumber);
    for (let i = 0; i < 3; i++) await backItem(signedOut, { trackingNumber: report.trackingNumber }, token());
    const top = await mostBacked(moderator);
    expect(top[0]).toMatchObject({ trackingNumber: report.trackingNumber, backers: 3 });
  });

  it("limits how often one address may back", async () => {
    const tn = await publishedQuestion("限流", "测试");
    const from = { ...signedOut, ip: "203.0.113.77" };
    for (let i = 0; i < 30; i++) await backItem(from, { trackingNumber: tn }, token());
    await expect(backItem(from, { trackingNumber: tn }, token())).rejects.toThrow(RateLimitedError);
  });
});

async function triageAndPublish(trackingNumber: string) {
  await replyToRequest(moderator, { trackingNumber, body: "已受理，正在处理。", visibility: "public" });
  const detail = await getStaffRequest(moderator, trackingNumber);
  await triageRequest(moderator, { trackingNumber, unitId: detail.request.unitId!, category: "dispute" });
  const preview = await previewPublication(moderator, trackingNumber);
  await publishRequest(moderator, {
    trackingNumber,
    publicTitle: preview.redacted.title,
    publicQuestion: preview.redacted.question,
    publicReply: preview.redacted.reply,
  });
}
