import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, officers, units } from "@/db/schema";
import { publishedOfficersCsv } from "@/domain/directory/public-csv";
import { getOfficerProfile, listLeadership, listUnits } from "@/domain/directory/public-queries";
import { saveOfficer, setOfficerPublished } from "@/domain/directory/save-officer";
import { searchDirectory } from "@/domain/directory/search";
import { getUnitPage } from "@/domain/directory/unit-page";
import { NotFoundError } from "@/domain/errors";
import { parseCsv } from "@/lib/core/csv";
import { initialsOf, personPinyin, placePinyin } from "@/lib/core/pinyin";

import { ctxFor, signedOut } from "../helpers/ctx";

type Officer = typeof officers.$inferSelect;
let sample: Officer;
let hidden: Officer;
let village: typeof areas.$inferSelect;

beforeAll(async () => {
  const db = await getDb();
  sample = (await db.select().from(officers).where(eq(officers.badgeNumber, "040001")))[0]!;
  hidden = (await db.select().from(officers).where(eq(officers.published, false)).limit(1))[0]!;
  village = (await db.select().from(areas).where(eq(areas.kind, "village")).limit(1))[0]!;
});

describe("directory search", () => {
  it("finds an officer by full hanzi name and by part of it", async () => {
    const full = await searchDirectory(signedOut, { q: sample.nameZh });
    expect(full.officers.items[0]?.badgeNumber).toBe(sample.badgeNumber);
    const part = await searchDirectory(signedOut, { q: sample.nameZh.slice(1) });
    expect(part.officers.items.map((o) => o.badgeNumber)).toContain(sample.badgeNumber);
  });

  it("finds an officer by pinyin with or without spaces, in any case, and partly", async () => {
    const spaced = sample.namePinyin; // "Huang Xiang"
    const compact = spaced.replace(" ", "").toLowerCase();
    for (const q of [spaced, spaced.toUpperCase(), compact, compact.slice(2)]) {
      const result = await searchDirectory(signedOut, { q, show: "officers" });
      expect(
        result.officers.items.map((o) => o.badgeNumber),
        q,
      ).toContain(sample.badgeNumber);
    }
  });

  it("finds an officer by badge number", async () => {
    const result = await searchDirectory(signedOut, { q: sample.badgeNumber });
    expect(result.officers.items).toHaveLength(1);
    expect(result.officers.items[0]?.nameZh).toBe(sample.nameZh);
  });

  it("answers a village with its responsible officer and station", async () => {
    const result = await searchDirectory(signedOut, { q: village.nameZh });
    const answer = result.areas.items[0]!;
    expect(answer.nameZh).toBe(village.nameZh);
    const [station] = await (await getDb()).select().from(units).where(eq(units.id, village.unitId));
    expect(answer.unit.slug).toBe(station!.slug);
    const [responsible] = await (await getDb()).select().from(officers).where(eq(officers.id, village.responsibleOfficerId!));
    expect(answer.officer?.badgeNumber).toBe(responsible!.badgeNumber);
    expect(answer.officer?.phone).toMatch(/^1990000\d{4}$/);
    const byPinyin = await searchDirectory(signedOut, { q: village.namePinyin });
    expect(byPinyin.areas.items.map((a) => a.nameZh)).toContain(village.nameZh);
  });

  it("finds units by name and filters officers by unit", async () => {
    const byName = await searchDirectory(signedOut, { q: "城关" });
    expect(byName.units.items.map((u) => u.slug)).toContain("chengguan-station");
    const inUnit = await searchDirectory(signedOut, { unit: "chengguan-station", show: "officers" });
    expect(inUnit.officers.total).toBeGreaterThan(5);
    expect(new Set(inUnit.officers.items.map((o) => o.unit.slug))).toEqual(new Set(["chengguan-station"]));
  });

  it("pages through many results", async () => {
    const first = await searchDirectory(signedOut, { q: "村", show: "areas", page: 1 });
    const second = await searchDirectory(signedOut, { q: "村", show: "areas", page: 2 });
    expect(first.areas.total).toBe(3706);
    expect(first.areas.items).toHaveLength(20);
    expect(second.areas.items[0]?.nameZh).not.toBe(first.areas.items[0]?.nameZh);
  });

  it("finds nothing for nonsense, and treats LIKE wildcards as text", async () => {
    for (const q of ["zzzzqqq", "%", "_"]) {
      const result = await searchDirectory(signedOut, { q });
      expect(result.officers.total + result.areas.total + result.units.total, q).toBe(0);
    }
  });
});

describe("unpublished officers are hidden everywhere", () => {
  it("from search, the profile, unit pages and the CSV", async () => {
    const result = await searchDirectory(signedOut, { q: hidden.badgeNumber });
    expect(result.officers.total).toBe(0);
    await expect(getOfficerProfile(signedOut, hidden.badgeNumber)).rejects.toBeInstanceOf(NotFoundError);
    const [unit] = await (await getDb()).select().from(units).where(eq(units.id, hidden.unitId));
    const page = await getUnitPage(signedOut, { slug: unit!.slug });
    expect(page.officers.map((o) => o.badgeNumber)).not.toContain(hidden.badgeNumber);
    const csv = await publishedOfficersCsv(signedOut);
    expect(csv).not.toContain(hidden.badgeNumber);
    expect(csv).toContain(sample.badgeNumber);
  });

  it("once unpublished, a leader disappears from the leadership list at once, though the list was cached", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    expect((await listLeadership(signedOut)).map((o) => o.badgeNumber)).toContain(sample.badgeNumber);
    expect((await getOfficerProfile(signedOut, sample.badgeNumber)).badgeNumber).toBe(sample.badgeNumber);
    await setOfficerPublished(moderator, { officerId: sample.id, published: "false" });
    expect((await listLeadership(signedOut)).map((o) => o.badgeNumber)).not.toContain(sample.badgeNumber);
    await expect(getOfficerProfile(signedOut, sample.badgeNumber)).rejects.toBeInstanceOf(NotFoundError);
    expect(await publishedOfficersCsv(signedOut)).not.toContain(sample.badgeNumber);
    await setOfficerPublished(moderator, { officerId: sample.id, published: "true" });
    expect((await listLeadership(signedOut)).map((o) => o.badgeNumber)).toContain(sample.badgeNumber);
  });
});

describe("public pages' reads", () => {
  it("lists the leadership chief first, and every unit", async () => {
    const leaders = await listLeadership(signedOut);
    expect(leaders[0]?.leadershipRank).toBe(1);
    const all = await listUnits(signedOut);
    expect(all.filter((u) => u.kind === "station")).toHaveLength(25);
    expect(all.reduce((n, u) => n + u.villages, 0)).toBe(3706);
  });

  it("groups a rural station's villages by responsible officer and narrows them by search", async () => {
    const page = await getUnitPage(signedOut, { slug: "luwan-station" });
    const villages = page.areaGroups.flatMap((g) => g.areas);
    expect(villages.length).toBe(page.areaTotal);
    expect(page.areaGroups.length).toBeGreaterThan(1);
    const one = villages[0]!;
    const narrowed = await getUnitPage(signedOut, { slug: "luwan-station", q: one.nameZh });
    expect(narrowed.areaGroups.flatMap((g) => g.areas).map((a) => a.nameZh)).toContain(one.nameZh);
    expect(narrowed.areaGroups.flatMap((g) => g.areas).length).toBeLessThan(villages.length);
    await expect(getUnitPage(signedOut, { slug: "no-such-unit" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("publishes the directory CSV with the documented columns", async () => {
    const csv = await publishedOfficersCsv(signedOut);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const { header, rows } = parseCsv(csv);
    expect(header).toEqual(["badge_number", "name", "name_pinyin", "title", "unit", "unit_slug", "phone", "office_phone", "areas"]);
    const published = await (await getDb()).select().from(officers).where(eq(officers.published, true));
    expect(rows).toHaveLength(published.length);
    const withAreas = rows.find((r) => r.values.areas?.includes(";"));
    expect(withAreas?.values.areas?.split(";").length).toBeGreaterThan(1);
  });
});

describe("pinyin initials and generated pinyin", () => {
  it("finds an officer and a village by the first letters of their names", async () => {
    const officerInitials = initialsOf(sample.nameZh, { person: true });
    const byInitials = await searchDirectory(signedOut, { q: officerInitials, show: "officers" });
    expect(byInitials.officers.items.map((o) => o.badgeNumber)).toContain(sample.badgeNumber);
    const villageInitials = initialsOf(village.nameZh);
    const places = await searchDirectory(signedOut, { q: villageInitials.toUpperCase(), show: "areas" });
    expect(places.areas.items.map((a) => a.id)).toContain(village.id);
  });

  it("makes the pinyin from the hanzi when staff leave it empty, and the new officer is found by initials at once", async () => {
    expect(personPinyin("黄志强")).toBe("Huang Zhiqiang");
    expect(personPinyin("欧阳修")).toBe("Ouyang Xiu");
    expect(placePinyin("王庄村")).toBe("wangzhuangcun");
    const moderator = await ctxFor("moderator@demo.test");
    const before = await searchDirectory(signedOut, { q: "hzq", show: "officers" });
    const { id } = await saveOfficer(moderator, null, {
      badgeNumber: "049876",
      nameZh: "黄志强",
      namePinyin: "",
      titleZh: "社区民警",
      titleEn: "Community officer",
      unitId: sample.unitId,
      phone: "19900005555",
      officePhone: "",
      published: "on",
    });
    const [saved] = await (await getDb()).select().from(officers).where(eq(officers.id, id));
    expect(saved!.namePinyin).toBe("Huang Zhiqiang");
    const after = await searchDirectory(signedOut, { q: "hzq", show: "officers" });
    expect(after.officers.total).toBe(before.officers.total + 1);
    expect(after.officers.items.map((o) => o.badgeNumber)).toContain("049876");
  });
});
