import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { units } from "@/db/schema";
import { ValidationError } from "@/domain/errors";
import { visitsCalendar } from "@/domain/neighbourhood/ics";
import { getUnitNeighbourhood, getVisit } from "@/domain/neighbourhood/queries";
import { savePriority } from "@/domain/neighbourhood/save-priority";
import { saveVisit } from "@/domain/neighbourhood/save-visit";

import { ctxFor, signedOut } from "../helpers/ctx";

const nextYear = new Date().getFullYear() + 1;

async function officerAndStation() {
  const officer = await ctxFor("officer@demo.test");
  const [unit] = await (await getDb()).select().from(units).where(eq(units.id, officer.actor!.unitId!));
  return { officer, unit: unit! };
}

describe("priorities and visits in both languages", () => {
  it("keeps each text in Chinese and English; a required one needs at least one of them", async () => {
    const { officer, unit } = await officerAndStation();
    const base = { unitId: String(unit.id), dueOn: `${nextYear}-05-01` };
    await expect(savePriority(officer, { ...base, outcomeEn: "Done" })).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.issue === "eitherLanguage" && e.fieldErrors.action === "eitherLanguage",
    );
    const { id } = await savePriority(officer, { ...base, issue: "夜间噪音", issueEn: "Noise at night", actionEn: "Patrols after ten" });
    const saved = (await getUnitNeighbourhood(signedOut, unit.slug)).priorities.find((p) => p.id === id);
    expect(saved).toMatchObject({ issue: "夜间噪音", issueEn: "Noise at night", action: "", actionEn: "Patrols after ten", source: null });
  });

  it("a visit written in English only is published, and its calendar in Chinese falls back to the English", async () => {
    const { officer, unit } = await officerAndStation();
    const base = { unitId: String(unit.id), day: `${nextYear}-05-02`, startTime: "14:00", endTime: "15:30" };
    await expect(saveVisit(officer, base)).rejects.toSatisfy(
      (e) => e instanceof ValidationError && e.fieldErrors.place === "eitherLanguage" && e.fieldErrors.purpose === "eitherLanguage",
    );
    const { id } = await saveVisit(officer, { ...base, placeEn: "Culture square", purposeEn: "Meeting on road safety", purpose: "" });
    const visit = await getVisit(signedOut, id);
    expect(visit).toMatchObject({ place: "", placeEn: "Culture square", purposeEn: "Meeting on road safety" });
    const zh = visitsCalendar([visit], "zh-CN", "https://police.example.test", "走访安排").replace(/\r\n /g, "");
    expect(zh).toContain("LOCATION:Culture square");
    expect(zh).toMatch(/SUMMARY:.*Meeting on road safety/);
    const both = await saveVisit(officer, {
      ...base,
      place: "文化广场",
      placeEn: "Culture square",
      purpose: "交通安全恳谈会",
      purposeEn: "Road safety meeting",
    });
    const en = visitsCalendar([await getVisit(signedOut, both.id)], "en", "https://police.example.test", "Visits").replace(/\r\n /g, "");
    expect(en).toMatch(/SUMMARY:.*Road safety meeting/);
    expect(en).not.toContain("交通安全恳谈会");
  });
});
