import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { getServiceGuide, listServices } from "@/domain/services/catalogue";
import { saveServiceGuide } from "@/domain/services/edit-guide";
import { getServiceForStaff } from "@/domain/services/edit-services";

import { ctxFor, signedOut } from "../helpers/ctx";

const guide = {
  slug: "lost-property",
  titleZh: "失物招领查询",
  titleEn: "Lost and found enquiry",
  summaryZh: "查询交到派出所的遗失物品。",
  summaryEn: "Ask about things handed in at a station.",
  eligibilityZh: "失主本人。",
  eligibilityEn: "The owner.",
  stepsZh: "来电或到派出所描述物品\n\n核对身份后领回",
  stepsEn: " Call or visit the station and describe the item \nCollect it once your identity is checked",
  feeZh: "",
  feeEn: "",
  legalBasisZh: "《民法典》第三百一十四条",
  legalBasisEn: "Civil Code, Article 314",
};

const refusal = (promise: Promise<unknown>) => promise.then(() => null).catch((e: unknown) => e);

describe("editing a service's guide", () => {
  it("saves both languages, steps line by line, and the public guide and the search follow; audited", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    await saveServiceGuide(moderator, guide);
    const shown = await getServiceGuide(signedOut, "lost-property");
    expect(shown).toMatchObject({
      title: "Lost and found enquiry",
      eligibility: "The owner.",
      fee: "",
      legalBasis: "Civil Code, Article 314",
    });
    expect(shown.steps).toEqual(["Call or visit the station and describe the item", "Collect it once your identity is checked"]);
    expect(await getServiceGuide({ ...signedOut, locale: "zh-CN" }, "lost-property")).toMatchObject({
      title: "失物招领查询",
      steps: ["来电或到派出所描述物品", "核对身份后领回"],
    });
    const found = await listServices(signedOut, { q: "shiwuzhaoling" });
    expect(found.categories.flatMap((c) => c.services.map((s) => s.slug))).toEqual(["lost-property"]);
    expect((await getServiceForStaff(moderator, "lost-property")).guide.stepsZh).toBe("来电或到派出所描述物品\n核对身份后领回");
    const db = await getDb();
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "service"), eq(auditLog.entityId, "lost-property")));
    expect(audit.map((a) => a.action)).toEqual(["service.edit_guide"]);
  });

  it("refuses steps that do not pair up, an empty title and an unknown service, changing nothing", async () => {
    const admin = await ctxFor("admin@demo.test");
    const before = await getServiceForStaff(admin, "kinship-certificate");
    const mismatched = await refusal(saveServiceGuide(admin, { ...guide, slug: "kinship-certificate", stepsEn: "Only one step" }));
    expect(mismatched).toBeInstanceOf(ValidationError);
    expect((mismatched as ValidationError).fieldErrors).toEqual({ stepsEn: "guideSteps" });
    const untitled = await refusal(saveServiceGuide(admin, { ...guide, slug: "kinship-certificate", titleEn: "  " }));
    expect((untitled as ValidationError).fieldErrors).toEqual({ titleEn: "required" });
    expect(await getServiceForStaff(admin, "kinship-certificate")).toEqual(before);
    await expect(saveServiceGuide(admin, { ...guide, slug: "no-such-service" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is refused for officers, residents and the signed out", async () => {
    const other = { ...guide, slug: "case-receipt" };
    const before = await getServiceGuide(signedOut, "case-receipt");
    for (const email of ["officer@demo.test", "resident@demo.test"]) {
      await expect(saveServiceGuide(await ctxFor(email), other)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(saveServiceGuide(signedOut, other)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await getServiceGuide(signedOut, "case-receipt")).toEqual(before);
  });
});
