import { describe, expect, it } from "vitest";

import { buildDemoBureau, DEMO_BUREAU_NAME, type DemoUnit } from "@/db/seed/demo-bureau";

const bureau = buildDemoBureau();
const { units, officers, areas } = bureau;
const unitBySlug = new Map(units.map((u) => [u.slug, u]));
const officerByBadge = new Map(officers.map((o) => [o.badgeNumber, o]));
const stations = units.filter((u) => u.kind === "station");
const villages = areas.filter((a) => a.kind === "village");
const communities = areas.filter((a) => a.kind === "community");

function expectUnique(values: string[]) {
  expect(new Set(values).size).toBe(values.length);
}

describe("buildDemoBureau", () => {
  it("is deterministic", () => {
    const again = buildDemoBureau();
    expect(again).not.toBe(bureau);
    expect(again).toEqual(bureau);
  });

  it("has the expected counts", () => {
    expect(villages).toHaveLength(3706);
    expect(communities.length).toBeGreaterThanOrEqual(40);
    expect(officers.length).toBeGreaterThanOrEqual(600);
    expect(stations.length).toBeGreaterThanOrEqual(23);
    expect(stations.length).toBeLessThanOrEqual(27);
    expect(stations.filter((s) => !s.rural).length).toBeGreaterThanOrEqual(6);
    expect(stations.filter((s) => s.rural).length).toBeGreaterThanOrEqual(15);
  });

  it("has unique identifiers, names and phones", () => {
    expectUnique(units.map((u) => u.slug));
    expectUnique(units.map((u) => u.dutyPhone));
    expectUnique(officers.map((o) => o.badgeNumber));
    expectUnique(officers.map((o) => o.phone));
    expectUnique(villages.map((a) => a.nameZh));
    expectUnique(communities.map((a) => a.nameZh));
  });

  it("starts with the bureau and lists parents before children", () => {
    const [first] = units;
    expect(first).toMatchObject({ slug: "bureau", kind: "bureau", parentSlug: null, nameZh: DEMO_BUREAU_NAME.zh });
    expect(units.filter((u) => u.parentSlug === null)).toHaveLength(1);
    const seen = new Set<string>();
    for (const u of units) {
      if (u.parentSlug !== null) expect(seen.has(u.parentSlug), `${u.slug} before ${u.parentSlug}`).toBe(true);
      seen.add(u.slug);
    }
  });

  it("uses ascii kebab-case slugs, bilingual addresses and fictional duty phones", () => {
    for (const u of units) {
      expect(u.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(u.dutyPhone).toMatch(/^0370-0000\d{4}$/);
      expect(u.addressZh).toMatch(/^示范市/);
      expect(u.addressEn).toMatch(/, Demo City$/);
      expect(u.hoursZh).not.toBe("");
      expect(u.hoursEn).not.toBe("");
    }
  });

  it("gives every rural station 2-4 work stations and nothing else has any", () => {
    for (const u of units.filter((x) => x.kind === "work_station")) {
      expect(unitBySlug.get(u.parentSlug ?? "")).toMatchObject({ kind: "station", rural: true });
      expect(u.rural).toBe(true);
    }
    for (const s of stations) {
      const count = units.filter((u) => u.parentSlug === s.slug).length;
      if (s.rural) {
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(4);
      } else {
        expect(count).toBe(0);
      }
    }
  });

  it("gives officers well-formed names, badges and phones", () => {
    for (const o of officers) {
      expect(unitBySlug.has(o.unitSlug)).toBe(true);
      expect(o.badgeNumber).toMatch(/^\d{6}$/);
      expect(o.namePinyin).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(o.nameZh).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(o.phone).toMatch(/^1990000\d{4}$/);
      expect(o.officePhone).toMatch(/^0370-0000\d{4}$/);
    }
  });

  it("has one chief, one political commissar and unique bureau leadership ranks", () => {
    const leaders = officers.filter((o) => o.leadershipRank !== null);
    expect(officers.filter((o) => o.leadershipRank === 1)).toHaveLength(1);
    expect(officers.filter((o) => o.leadershipRank === 2)).toHaveLength(1);
    expectUnique(leaders.map((o) => String(o.leadershipRank)));
    for (const o of leaders) {
      expect(o.unitSlug).toBe("bureau");
      expect(o.published).toBe(true);
    }
  });

  it("hides only a handful of rank-and-file officers", () => {
    const hidden = officers.filter((o) => !o.published);
    expect(hidden.length).toBeGreaterThanOrEqual(1);
    expect(hidden.length).toBeLessThanOrEqual(10);
    for (const o of hidden) expect(o.leadershipRank).toBeNull();
  });

  it("staffs every station and work station", () => {
    const staff = (u: DemoUnit) => officers.filter((o) => o.unitSlug === u.slug);
    for (const s of stations) {
      const titles = staff(s).map((o) => o.titleZh);
      expect(titles).toContain("所长");
      expect(titles).toContain("教导员");
      expect(titles).toContain("副所长");
    }
    for (const ws of units.filter((u) => u.kind === "work_station")) {
      expect(staff(ws).length).toBeGreaterThanOrEqual(1);
      expect(staff(ws).length).toBeLessThanOrEqual(3);
    }
  });

  it("attaches villages to rural stations and communities to urban stations", () => {
    for (const a of areas) {
      const unit = unitBySlug.get(a.unitSlug);
      expect(unit?.kind).toBe("station");
      expect(unit?.rural).toBe(a.kind === "village");
    }
    for (const s of stations.filter((x) => x.rural)) {
      const n = villages.filter((a) => a.unitSlug === s.slug).length;
      expect(n).toBeGreaterThanOrEqual(150);
      expect(n).toBeLessThanOrEqual(300);
    }
  });

  it("spells area names consistently", () => {
    for (const a of areas) {
      expect(a.namePinyin).toMatch(/^[a-z]+$/);
      if (a.kind === "village") {
        expect(a.nameZh).toMatch(/村$/);
        expect(a.namePinyin).toMatch(/cun$/);
        expect(a.nameEn).toMatch(/^[A-Z][a-z]+ Village$/);
      } else {
        expect(a.nameZh).toMatch(/社区$/);
        expect(a.namePinyin).toMatch(/shequ$/);
        expect(a.nameEn).toMatch(/ Community$/);
      }
    }
  });

  it("makes a published officer of the area's own station responsible for each area", () => {
    for (const a of areas) {
      const officer = officerByBadge.get(a.responsibleBadge);
      expect(officer, a.nameZh).toBeDefined();
      if (!officer) continue;
      expect(officer.published).toBe(true);
      const unit = unitBySlug.get(officer.unitSlug);
      const station = unit?.kind === "work_station" ? unit.parentSlug : unit?.slug;
      expect(station).toBe(a.unitSlug);
    }
  });
});
