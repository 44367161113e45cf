import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, units } from "@/db/schema";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { getServiceGuide, listServices } from "@/domain/services/catalogue";
import { createService, getServiceDetails, saveServiceDetails } from "@/domain/services/create-service";
import { saveServiceDefinition, setServicePublished } from "@/domain/services/edit-services";

import { ctxFor, signedOut } from "../helpers/ctx";
import { untyped } from "../helpers/untyped";

const auditOf = async (slug: string) => {
  const db = await getDb();
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "service"), eq(auditLog.entityId, slug)));
  return rows.map((a) => a.action);
};

const fieldErrorsOf = (error: unknown) => (error instanceof ValidationError ? error.fieldErrors : null);

const unitId = async (slug: string) => {
  const db = await getDb();
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.slug, slug));
  return unit!.id;
};

const newService = {
  slug: "bicycle-registration",
  titleZh: "电动自行车登记",
  titleEn: "E-bike registration",
  category: "traffic",
  keywords: "电动车 上牌",
} as const;

describe("creating a service", () => {
  it("creates it unpublished and audited; a taken address or a bad field is refused by name", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    expect(await createService(moderator, newService)).toEqual({ slug: "bicycle-registration" });
    expect((await listServices(signedOut)).categories.flatMap((c) => c.services.map((s) => s.slug))).not.toContain("bicycle-registration");
    expect(await auditOf("bicycle-registration")).toEqual(["service.create"]);

    expect(fieldErrorsOf(await createService(moderator, newService).catch((e: unknown) => e))).toEqual({ slug: "serviceSlugTaken" });
    const bad = await createService(moderator, untyped({ slug: "Bad Slug", titleZh: "", titleEn: "x", category: "nowhere" })).catch(
      (e: unknown) => e,
    );
    expect(fieldErrorsOf(bad)).toEqual({ slug: "slug", titleZh: "required", category: "chooseOne" });
    expect(await auditOf("Bad Slug")).toEqual([]);
  });

  it("saves materials, time limit, handling units and the online flag; the guide shows them once published", async () => {
    const admin = await ctxFor("admin@demo.test");
    await createService(admin, { ...newService, slug: "ebike-plates" });
    const station = await unitId((await firstStationSlug())!);
    await saveServiceDefinition(admin, {
      slug: "ebike-plates",
      fields: JSON.stringify([{ type: "text", name: "frame", labelZh: "车架号", labelEn: "Frame number" }]),
    });
    await saveServiceDetails(admin, {
      slug: "ebike-plates",
      timeLimitDays: "5",
      online: "true",
      unitIds: [String(station)],
      materialNameZh: ["居民身份证", "", "购车发票"],
      materialNameEn: ["Resident ID card", "", "Purchase invoice"],
      materialForm: ["original", "copy", "original_and_copy"],
      materialCount: ["1", "1", "2"],
    });
    expect(await getServiceDetails(admin, "ebike-plates")).toMatchObject({
      timeLimitDays: 5,
      online: true,
      local: false,
      unitIds: [station],
      materials: [
        { nameZh: "居民身份证", nameEn: "Resident ID card", form: "original", count: 1 },
        { nameZh: "购车发票", nameEn: "Purchase invoice", form: "original_and_copy", count: 2 },
      ],
    });
    await setServicePublished(admin, { slug: "ebike-plates", published: "true" });
    const guide = await getServiceGuide(signedOut, "ebike-plates");
    expect(guide).toMatchObject({
      timeLimitDays: 5,
      online: true,
      materials: [{ name: "Resident ID card" }, { name: "Purchase invoice", count: 2 }],
    });
    expect(guide.units).toHaveLength(1);
    expect(await auditOf("ebike-plates")).toEqual(["service.create", "service.edit_form", "service.edit_details", "service.publish"]);
  });

  it("refuses details that do not hold together, naming the field, and changes nothing", async () => {
    const admin = await ctxFor("admin@demo.test");
    await createService(admin, { ...newService, slug: "ebike-transfer" });
    const base = { slug: "ebike-transfer", timeLimitDays: "3", local: "true" } as const;
    const refusal = (input: Parameters<typeof saveServiceDetails>[1]) =>
      saveServiceDetails(admin, input).catch((e: unknown) => fieldErrorsOf(e));
    expect(await refusal({ ...base, timeLimitDays: "-1" })).toEqual({ timeLimitDays: "timeLimit" });
    expect(await refusal({ ...base, local: "false" })).toEqual({ unitIds: "chooseUnits" });
    expect(await refusal({ ...base, local: "false", unitIds: ["999999"] })).toEqual({ unitIds: "unknownUnit" });
    expect(
      await refusal({ ...base, materialNameZh: ["身份证"], materialNameEn: [""], materialForm: ["copy" as const], materialCount: ["1"] }),
    ).toEqual({
      materials: "materialRow",
    });
    // No form to fill in yet: it cannot take applications online.
    expect(await refusal({ ...base, online: "true" })).toEqual({ online: "onlineNeedsForm" });
    expect(await getServiceDetails(admin, "ebike-transfer")).toMatchObject({ timeLimitDays: 0, online: false, materials: [] });
    expect(await auditOf("ebike-transfer")).toEqual(["service.create"]);
  });

  it("is refused for officers, residents and the signed out", async () => {
    for (const email of ["officer@demo.test", "resident@demo.test"]) {
      const ctx = await ctxFor(email);
      await expect(createService(ctx, { ...newService, slug: "refused-service" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveServiceDetails(ctx, { slug: "passport", timeLimitDays: "1", local: "true" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getServiceDetails(ctx, "passport")).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(createService(signedOut, { ...newService, slug: "refused-service" })).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await auditOf("refused-service")).toEqual([]);
  });
});

async function firstStationSlug() {
  const db = await getDb();
  const [station] = await db.select({ slug: units.slug }).from(units).where(eq(units.kind, "station")).limit(1);
  return station?.slug;
}
