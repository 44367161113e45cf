import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { areas, auditLog, officers, units } from "@/db/schema";
import { assignResponsibleOfficer, saveArea } from "@/domain/directory/save-area";
import { saveOfficer, setOfficerPublished } from "@/domain/directory/save-officer";
import { saveUnit } from "@/domain/directory/save-unit";
import { listStaffOfficers } from "@/domain/directory/staff-queries";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/domain/errors";

import { ctxFor, signedOut } from "../helpers/ctx";

const db = () => getDb();
async function unitBySlug(slug: string) {
  return (await (await db()).select().from(units).where(eq(units.slug, slug)))[0]!;
}
const newOfficer = (unitId: number, badgeNumber = "099001") => ({
  badgeNumber,
  nameZh: "测试民警",
  namePinyin: "Ce Shi",
  titleZh: "民警",
  titleEn: "Police Officer",
  unitId: String(unitId),
  phone: "139 1234 5678",
  officePhone: "0370-1234567-801",
  leadershipRank: "",
  published: "on",
  sort: "5",
});
const fieldErrors = (e: unknown) => (e as ValidationError).fieldErrors;

describe("officers", () => {
  it("a moderator creates, edits, moves and unpublishes an officer, each audited", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const station = await unitBySlug("chengguan-station");
    const other = await unitBySlug("luwan-station");
    const { id } = await saveOfficer(moderator, null, newOfficer(station.id));
    let [row] = await (await db()).select().from(officers).where(eq(officers.id, id));
    expect(row).toMatchObject({ phone: "13912345678", officePhone: "0370-1234567-801", published: true, searchPinyin: "ceshi" });

    await saveOfficer(moderator, id, { ...newOfficer(other.id), titleZh: "副所长" });
    [row] = await (await db()).select().from(officers).where(eq(officers.id, id));
    expect(row).toMatchObject({ unitId: other.id, titleZh: "副所长" });

    await setOfficerPublished(moderator, { officerId: String(id), published: "false" });
    [row] = await (await db()).select().from(officers).where(eq(officers.id, id));
    expect(row?.published).toBe(false);

    const actions = (
      await (
        await db()
      )
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(id)))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["officer.create", "officer.update", "officer.unpublish"]));
  });

  it("checks phones for what they are and names each field", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const station = await unitBySlug("chengguan-station");
    const error = await saveOfficer(moderator, null, {
      ...newOfficer(station.id, "12"),
      phone: "12345",
      officePhone: "12345678",
      namePinyin: "王",
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(fieldErrors(error)).toMatchObject({ badgeNumber: "badge", phone: "mobile", officePhone: "landline", namePinyin: "pinyin" });
  });

  it("refuses a badge number that is taken", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const station = await unitBySlug("chengguan-station");
    const error = await saveOfficer(moderator, null, newOfficer(station.id, "040001")).catch((e) => e);
    expect(fieldErrors(error)).toEqual({ badgeNumber: "badgeTaken" });
  });

  it.each(["resident@demo.test", "officer@demo.test"])("every write is refused for %s", async (email) => {
    const ctx = await ctxFor(email);
    const station = await unitBySlug("chengguan-station");
    const [someone] = await (await db()).select().from(officers).limit(1);
    const [area] = await (await db()).select().from(areas).limit(1);
    await expect(saveOfficer(ctx, null, newOfficer(station.id, "099002"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setOfficerPublished(ctx, { officerId: String(someone!.id), published: "false" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveUnit(ctx, station.id, { ...station, parentId: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveArea(ctx, area!.id, { ...area })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      assignResponsibleOfficer(ctx, { areaIds: [String(area!.id)], responsibleOfficerId: String(someone!.id) }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const [stillThere] = await (await db()).select().from(officers).where(eq(officers.id, someone!.id));
    expect(stillThere?.published).toBe(someone!.published);
  });

  it("is refused when signed out, and officers may read the staff directory", async () => {
    await expect(saveOfficer(signedOut, null, {})).rejects.toBeInstanceOf(UnauthenticatedError);
    const list = await listStaffOfficers(await ctxFor("officer@demo.test"), { q: "" });
    expect(list.officers).toHaveLength(50);
    expect(list.next).not.toBeNull();
    const next = await listStaffOfficers(await ctxFor("officer@demo.test"), { after: list.next });
    expect(next.officers[0]!.badgeNumber > list.officers.at(-1)!.badgeNumber).toBe(true);
    await expect(listStaffOfficers(await ctxFor("resident@demo.test"), {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the unit tree", () => {
  it("refuses to make a unit its own ancestor", async () => {
    const admin = await ctxFor("admin@demo.test");
    const station = await unitBySlug("luwan-station");
    const [workStation] = await (await db()).select().from(units).where(eq(units.parentId, station.id)).limit(1);
    const asForm = (u: typeof station, parentId: number | string) => ({
      ...u,
      rural: String(u.rural),
      parentId: String(parentId),
      sort: String(u.sort),
    });
    await expect(saveUnit(admin, station.id, asForm(station, workStation!.id))).rejects.toSatisfy(
      (e) => fieldErrors(e).parentId === "unitCycle",
    );
    await expect(saveUnit(admin, station.id, asForm(station, station.id))).rejects.toSatisfy(
      (e) => fieldErrors(e).parentId === "unitCycle",
    );
    expect((await unitBySlug("luwan-station")).parentId).toBe(station.parentId);

    const brigade = await unitBySlug("traffic-brigade");
    await saveUnit(admin, workStation!.id, asForm(workStation!, brigade.id));
    const [moved] = await (await db()).select().from(units).where(eq(units.id, workStation!.id));
    expect(moved?.parentId).toBe(brigade.id);
    const [entry] = await (
      await db()
    )
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "unit.update"), eq(auditLog.entityId, String(workStation!.id))));
    expect(entry?.actorRole).toBe("admin");
  });
});

describe("areas", () => {
  it("assigns one responsible officer to many villages at once", async () => {
    const moderator = await ctxFor("moderator@demo.test");
    const station = await unitBySlug("luwan-station");
    const villages = await (await db()).select().from(areas).where(eq(areas.unitId, station.id)).limit(40);
    const [officer] = await (await db()).select().from(officers).where(eq(officers.unitId, station.id)).limit(1);
    const result = await assignResponsibleOfficer(moderator, {
      areaIds: villages.map((v) => String(v.id)),
      responsibleOfficerId: String(officer!.id),
    });
    expect(result.updated).toBe(40);
    const after = await (
      await db()
    )
      .select()
      .from(areas)
      .where(
        inArray(
          areas.id,
          villages.map((v) => v.id),
        ),
      );
    expect(new Set(after.map((a) => a.responsibleOfficerId))).toEqual(new Set([officer!.id]));
    const [entry] = await (await db()).select().from(auditLog).where(eq(auditLog.action, "area.assign"));
    expect(entry?.detail).toEqual({ areas: 40 });
    await expect(assignResponsibleOfficer(moderator, { areaIds: [], responsibleOfficerId: String(officer!.id) })).rejects.toSatisfy(
      (e) => fieldErrors(e).areaIds === "chooseAreas",
    );
  });
});
