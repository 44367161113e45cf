import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, requests } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/domain/errors";
import { draftReply } from "@/domain/requests/staff/draft-reply";
import { triageRequest } from "@/domain/requests/staff/handle-request";
import { deleteTemplate, fillTemplate, listTemplates, saveTemplate } from "@/domain/requests/templates";

import { ctxFor } from "../helpers/ctx";
import { demoVillages, submitProblem } from "../helpers/requests";

let villages: Awaited<ReturnType<typeof demoVillages>>;
beforeAll(async () => {
  villages = await demoVillages();
});

describe("reply templates", () => {
  it("fills the placeholders it knows and leaves a typo visible", () => {
    expect(
      fillTemplate("编号 {trackingNumber}，{unit}，{deadline} 前答复。{oops}", {
        trackingNumber: "F261129-ABCDEF",
        unit: "城关派出所",
        deadline: "2026年12月4日",
        subject: "x",
      }),
    ).toBe("编号 F261129-ABCDEF，城关派出所，2026年12月4日 前答复。{oops}");
  });

  it("moderators keep them in both languages, audited; officers use them but cannot change them", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const officer = await ctxFor("officer@demo.test");
    const before = await listTemplates(officer);
    expect(before.length).toBeGreaterThanOrEqual(2);
    await saveTemplate(moderator, null, {
      title: "需补充材料",
      bodyZh: "请补充 {subject} 的具体时间。",
      bodyEn: "Please tell us when {subject} happened.",
    });
    const after = await listTemplates(officer);
    const created = after.find((tpl) => tpl.title === "需补充材料")!;
    expect(created.bodyZh).toContain("{subject}");
    expect(created.bodyEn).toContain("Please tell us");
    await expect(saveTemplate(officer, null, { title: "x", bodyZh: "y", bodyEn: "y" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteTemplate(officer, { templateId: created.id })).rejects.toBeInstanceOf(ForbiddenError);
    // Neither language may be left out.
    await expect(saveTemplate(moderator, null, { title: "只有中文", bodyZh: "好", bodyEn: "" })).rejects.toBeInstanceOf(ValidationError);
    await deleteTemplate(moderator, { templateId: created.id });
    expect((await listTemplates(officer)).map((tpl) => tpl.id)).not.toContain(created.id);
    const actions = (await (await getDb()).select().from(auditLog).where(eq(auditLog.entity, "template"))).map((a) => a.action);
    expect(actions).toEqual(["template.create", "template.delete"]);
    await expect(listTemplates(await ctxFor("resident@demo.test"))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the demo's built-in templates hold one language per body", async () => {
    const [accepted] = (await listTemplates(await ctxFor("moderator@demo.test"))).filter((tpl) => tpl.title.startsWith("已受理"));
    expect(accepted!.bodyZh).not.toContain("Your message");
    expect(accepted!.bodyEn).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a template inserted into a reply", () => {
  it("follows the language the resident wrote in, whatever the page's language", async () => {
    const moderator = await ctxFor("moderator@demo.test"); // an English page
    const [accepted] = (await listTemplates(moderator)).filter((tpl) => tpl.title.startsWith("已受理"));
    const chinese = await submitProblem(villages.own, "zh-CN");
    const english = await submitProblem(villages.own, "en");
    const db = await getDb();
    const [row] = await db.select().from(requests).where(eq(requests.trackingNumber, english.trackingNumber));
    expect(row!.locale).toBe("en");
    for (const receipt of [chinese, english]) {
      await triageRequest(moderator, { trackingNumber: receipt.trackingNumber, category: "dispute", unitId: villages.ownUnitId });
    }

    const zh = await draftReply(moderator, { trackingNumber: chinese.trackingNumber, templateId: accepted!.id });
    expect(zh!.locale).toBe("zh-CN");
    expect(zh!.text).toContain(chinese.trackingNumber);
    expect(zh!.text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(zh!.text).toMatch(/派出所/);
    expect(zh!.text).not.toMatch(/[a-z]{3,}/);

    const en = await draftReply({ ...moderator, locale: "zh-CN" }, { trackingNumber: english.trackingNumber, templateId: accepted!.id });
    expect(en!.locale).toBe("en");
    expect(en!.text).toMatch(/^Your message /);
    expect(en!.text).toMatch(/Police Station/);
    expect(en!.text).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(en!.text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("is refused to residents and finds no request another unit handles", async () => {
    const [first] = await listTemplates(await ctxFor("moderator@demo.test"));
    const other = await submitProblem(villages.other);
    await expect(
      draftReply(await ctxFor("resident@demo.test"), { trackingNumber: other.trackingNumber, templateId: first!.id }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      draftReply(await ctxFor("officer@demo.test"), { trackingNumber: other.trackingNumber, templateId: first!.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await draftReply(await ctxFor("moderator@demo.test"), { trackingNumber: other.trackingNumber, templateId: 999999 })).toBeNull();
  });
});
