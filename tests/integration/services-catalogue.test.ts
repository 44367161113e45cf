import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { services } from "@/db/schema";
import { NotFoundError } from "@/domain/errors";
import { getServiceGuide, listServices } from "@/domain/services/catalogue";
import { FieldDefinition } from "@/domain/services/field-definition";

import { signedOut } from "../helpers/ctx";

const zh = { ...signedOut, locale: "zh-CN" as const };
const slugsOf = (result: Awaited<ReturnType<typeof listServices>>) => result.categories.flatMap((c) => c.services.map((s) => s.slug));

describe("the demo service hall", () => {
  it("has at least 20 bilingual services in every category, 8 or more online with a valid form", async () => {
    const db = await getDb();
    const rows = await db.select().from(services);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((s) => s.category)).size).toBe(6);
    for (const s of rows) expect([s.titleZh, s.titleEn, s.summaryZh, s.summaryEn].every(Boolean), s.slug).toBe(true);
    const online = rows.filter((s) => s.online);
    expect(online.length).toBeGreaterThanOrEqual(8);
    for (const s of online) {
      const fields = FieldDefinition.parse(s.fields);
      expect(fields.length, s.slug).toBeGreaterThan(0);
    }
  });
});

describe("finding a service", () => {
  it("by Chinese title, English title, keyword, pinyin or initials", async () => {
    expect(slugsOf(await listServices(zh, { q: "居住证" }))).toContain("residence-permit");
    expect(slugsOf(await listServices(signedOut, { q: "Residence PERMIT" }))).toContain("residence-permit");
    expect(slugsOf(await listServices(zh, { q: "暂住证" }))).toEqual(["residence-permit"]);
    expect(slugsOf(await listServices(zh, { q: "ju zhu zheng" }))).toContain("residence-permit");
    expect(slugsOf(await listServices(zh, { q: "wfzjlzm" }))).toEqual(["no-criminal-record"]);
  });

  it("finds nothing for wildcards or an unknown word, and lists everything without a query", async () => {
    expect((await listServices(zh, { q: "%" })).total).toBe(0);
    expect((await listServices(zh, { q: "火星签证" })).total).toBe(0);
    expect((await listServices(zh)).total).toBeGreaterThanOrEqual(20);
  });

  it("leaves out unpublished services, and their guides are not found", async () => {
    const db = await getDb();
    await db.update(services).set({ published: false }).where(eq(services.slug, "passport"));
    expect(slugsOf(await listServices(zh))).not.toContain("passport");
    await expect(getServiceGuide(zh, "passport")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a service's guide", () => {
  it("gives materials, time limit, fee and the handling unit's address and duty phone, in the page's language", async () => {
    const guide = await getServiceGuide(signedOut, "temporary-plates");
    expect(guide.title).toBe("Temporary number plates");
    expect(guide.materials[0]).toEqual({ name: "Owner's proof of identity", form: "original", count: 1 });
    expect(guide.timeLimitDays).toBe(1);
    expect(guide.fee).toBe("5 yuan");
    expect(guide.units).toHaveLength(1);
    expect(guide.units[0]).toMatchObject({ slug: "traffic-brigade", name: "Traffic Police Brigade" });
    expect(guide.units[0]!.dutyPhone).not.toBe("");
    const local = await getServiceGuide(zh, "residence-permit");
    expect(local).toMatchObject({ title: "居住证申领", local: true, units: [] });
  });
});
