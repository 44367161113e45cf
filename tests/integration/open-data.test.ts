import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, officers, requests, services, units } from "@/db/schema";
import { refreshStatistics } from "@/db/statistics-refresh";
import { publishedOfficersCsv } from "@/domain/directory/public-csv";
import { NotFoundError } from "@/domain/errors";
import { openDatasets } from "@/domain/open-data/catalogue";
import { dataPackage } from "@/domain/open-data/datapackage";
import { openDataDownload } from "@/domain/open-data/download";

import { signedOut } from "../helpers/ctx";
import { csvRows, downloadText, jsonRows } from "../helpers/open-data";

const at = (local: string) => new Date(`${local}T10:00:00+08:00`);

describe("every dataset", () => {
  it("has CSV columns and JSON keys that are its datapackage.json fields, in order", async () => {
    const resources = dataPackage().resources;
    for (const dataset of openDatasets) {
      const fields = resources.find((r) => r.name === dataset.id)!.schema.fields.map((f) => f.name);
      expect(resources.find((r) => r.name === `${dataset.id}-json`)!.schema.fields.map((f) => f.name)).toEqual(fields);
      const text = await downloadText(`${dataset.id}.csv`);
      expect(text.charCodeAt(0), dataset.id).toBe(0xfeff);
      expect((await csvRows(dataset.id)).header, dataset.id).toEqual(fields);
      const json = await jsonRows(dataset.id);
      for (const record of json.slice(0, 50)) expect(Object.keys(record), dataset.id).toEqual(fields);
    }
  });

  it("is not found under an unknown name or format", async () => {
    for (const name of ["secrets.csv", "officers.xml", "officers", "../officers.csv"]) {
      await expect(openDataDownload(signedOut, name)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("the directory datasets", () => {
  it("publish the officers of /officers.csv, row for row", async () => {
    const text = await downloadText("officers.csv");
    expect(text).toBe(await publishedOfficersCsv(signedOut));
    const db = await getDb();
    const [hidden] = await db.select().from(officers).where(eq(officers.published, false)).limit(1);
    if (hidden) expect(text).not.toContain(hidden.badgeNumber);
  });

  it("list every unit with its parent, and every area with a published officer's badge only", async () => {
    const db = await getDb();
    const [station] = await db.select().from(units).where(eq(units.slug, "luwan-station"));
    await db.insert(units).values({
      slug: "luwan-work-station",
      nameZh: "芦湾警务室",
      nameEn: "Luwan Work Station",
      kind: "work_station",
      parentId: station!.id,
    });
    const all = await db.select().from(units);
    const { rows } = await csvRows("units");
    expect(rows).toHaveLength(all.length);
    expect(rows.find((r) => r.slug === "luwan-station")).toMatchObject({ kind: "station", parent_slug: "bureau" });
    expect(rows.find((r) => r.slug === "luwan-work-station")).toMatchObject({
      kind: "work_station",
      parent_slug: "luwan-station",
      rural: "false",
    });

    const [area] = await db
      .select()
      .from(areas)
      .where(sql`${areas.responsibleOfficerId} is not null`)
      .limit(1);
    const [officer] = await db.select().from(officers).where(eq(officers.id, area!.responsibleOfficerId!));
    const badgeOf = async () =>
      (await csvRows("areas")).rows.find((r) => r.name_zh === area!.nameZh && r.name_pinyin === area!.namePinyin)!.officer_badge;
    expect(await badgeOf()).toBe(officer!.badgeNumber);
    await db.update(officers).set({ published: false }).where(eq(officers.id, officer!.id));
    expect(await badgeOf()).toBe("");
    expect((await csvRows("areas")).rows.length).toBe((await db.select({ n: sql<number>`count(*)::int` }).from(areas))[0]!.n);
  });

  it("list only published services, with their units", async () => {
    const db = await getDb();
    const published = await db.select().from(services).where(eq(services.published, true));
    const json = await jsonRows("services");
    expect(json.map((s) => s.slug).sort()).toEqual(published.map((s) => s.slug).sort());
    expect(json.every((s) => typeof s.online === "boolean" && typeof s.time_limit_days === "number")).toBe(true);
    const [draft] = await db.select().from(services).where(eq(services.published, false)).limit(1);
    if (draft) expect(json.map((s) => s.slug)).not.toContain(draft.slug);
  });
});

describe("the monthly statistics", () => {
  let slug = "";
  beforeAll(async () => {
    const db = await getDb();
    slug = `open-data-${randomBytes(4).toString("hex")}`;
    const [unit] = await db
      .insert(units)
      .values({ slug, nameZh: "开放数据测试所", nameEn: "Open Data Test Station", kind: "station" })
      .returning();
    const make = (created: Date, category: "dispute" | "hazard", n: number) =>
      Array.from({ length: n }, () => {
        const id = randomBytes(8).toString("hex");
        return {
          kind: "feedback" as const,
          topic: "problem" as const,
          category,
          status: "submitted" as const,
          trackingNumber: `T${id}`,
          accessCodeHash: "x",
          trackToken: `od-${id}`,
          subject: "测试",
          body: "测试",
          unitId: unit!.id,
          idempotencyKey: `od-${id}`,
          createdAt: created,
          updatedAt: created,
          deadlineAt: created,
          firstResponseDueAt: created,
        };
      });
    // March: three disputes (suppressed); April: six disputes and two hazards.
    await db
      .insert(requests)
      .values([...make(at("2026-03-10"), "dispute", 3), ...make(at("2026-04-10"), "dispute", 6), ...make(at("2026-04-11"), "hazard", 2)]);
    await refreshStatistics(db, { full: true });
  });

  it("gives a row per month and unit, with counts from 1 to 4 left out", async () => {
    const { rows } = await csvRows("statistics");
    const mine = rows.filter((r) => r.unit_slug === slug);
    expect(mine.map((r) => r.month)).toEqual(["2026-03", "2026-04"]);
    const [march, april] = mine;
    expect(march).toMatchObject({ requests: "", dispute: "", hazard: "0", feedback: "", on_time_rate: "" });
    expect(april).toMatchObject({
      requests: "8",
      feedback: "8",
      dispute: "6",
      hazard: "",
      incident: "0",
      unit_name_en: "Open Data Test Station",
    });
    const json = (await jsonRows("statistics")).filter((r) => r.unit_slug === slug);
    expect(json[0]).toMatchObject({ requests: null, dispute: null, hazard: 0 });
    expect(json[1]).toMatchObject({ requests: 8, dispute: 6, hazard: null });
  });

  it("never has a count from 1 to 4 anywhere", async () => {
    const counts = [
      "requests",
      "applications",
      "questions",
      "feedback",
      "incident",
      "case",
      "dispute",
      "hazard",
      "petition",
      "difficulty",
      "reopened",
    ];
    for (const row of await jsonRows("statistics")) {
      for (const c of counts) expect([1, 2, 3, 4], `${row.month} ${row.unit_slug} ${c}`).not.toContain(row[c]);
    }
  });
});
