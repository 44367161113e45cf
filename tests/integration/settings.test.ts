import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { auditLog, holidays } from "@/db/schema";
import { defaultSettings } from "@/db/seed/base";
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/domain/errors";
import { deadlinesFor } from "@/domain/requests/deadlines";
import { deleteHoliday } from "@/domain/settings/delete-holiday";
import { getDeadlineSettings, listHolidays } from "@/domain/settings/queries";
import { saveHoliday } from "@/domain/settings/save-holiday";
import { updateDeadlines } from "@/domain/settings/update-deadlines";

import { ctxFor, signedOut } from "../helpers/ctx";

const admin = () => ctxFor("admin@demo.test", "203.0.113.9");
const fieldErrors = (e: unknown) => (e as ValidationError).fieldErrors;
/** The end of a day in Shanghai, where deadlines fall. */
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);
const deadlineAt = async (key: string, from: Date) => (await deadlinesFor(key, from)).deadlineAt;
const auditRows = async (action: string, entityId: string) =>
  (await getDb())
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
const testDay = { date: "2027-03-17", kind: "holiday" as const, nameZh: "测试假日", nameEn: "Test holiday" };

// March 2027 has no seeded holidays; the 1st and the 15th are Mondays.
const mondayMarch1 = new Date("2027-03-01T10:00:00+08:00");
const mondayMarch15 = new Date("2027-03-15T10:00:00+08:00");

describe("deadlines per class and topic", () => {
  it("an admin sees the defaults, changes one, and new requests get it; the change is audited", async () => {
    const ctx = await admin();
    expect(await getDeadlineSettings(ctx)).toEqual(defaultSettings.deadlines);
    expect(await deadlineAt("incident", mondayMarch1)).toEqual(endOf("2027-03-04"));

    const saved = await updateDeadlines(ctx, { incident: "5", tip: 5 });
    expect(saved).toMatchObject({ incident: 5, tip: 5 });
    expect((await getDeadlineSettings(ctx)).incident).toBe(5);
    // Five working days after Monday the 1st: Tue–Fri, then Monday the 8th.
    expect(await deadlineAt("incident", mondayMarch1)).toEqual(endOf("2027-03-08"));

    const [entry] = await auditRows("settings.update", "deadlines");
    expect(entry).toMatchObject({ actorId: ctx.actor!.userId, actorRole: "admin", entity: "settings", ip: "203.0.113.9" });
    // Only what changed: tip was already 5.
    expect(entry!.detail).toEqual({ changed: { incident: [3, 5] } });
  });

  it("refuses out-of-range and unknown keys, naming each field, and writes nothing", async () => {
    const ctx = await admin();
    const before = await getDeadlineSettings(ctx);
    const error = await updateDeadlines(ctx, { tip: "0", question: "61", case: "2.5", dispute: "", hazard: "six" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(fieldErrors(error)).toEqual({
      tip: "deadlineRange",
      question: "deadlineRange",
      case: "deadlineRange",
      dispute: "deadlineRange",
      hazard: "deadlineRange",
    });

    const unknown = await updateDeadlines(ctx, { tip: "4", bogus: "3", problem: "3" }).catch((e) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(fieldErrors(unknown)).toEqual({ bogus: "unknownSetting", problem: "unknownSetting" });
    expect(await getDeadlineSettings(ctx)).toEqual(before);
  });
});

describe("the holiday calendar", () => {
  it("lists one year's days in date order", async () => {
    const days = await listHolidays(await admin(), { year: 2027 });
    expect(days.length).toBeGreaterThan(20);
    expect(days.every((d) => d.date.startsWith("2027-"))).toBe(true);
    expect(days.map((d) => d.date)).toEqual(days.map((d) => d.date).sort());
    expect(days).toContainEqual({ date: "2027-05-01", kind: "holiday", nameZh: "劳动节", nameEn: "Labour Day" });
  });

  it("a holiday added on a weekday moves a deadline later, and deleting it moves it back; both audited", async () => {
    const ctx = await admin();
    // Hazards: five working days after Monday the 15th is Monday the 22nd.
    expect(await deadlineAt("hazard", mondayMarch15)).toEqual(endOf("2027-03-22"));
    await saveHoliday(ctx, testDay);
    expect(await deadlineAt("hazard", mondayMarch15)).toEqual(endOf("2027-03-23"));
    expect((await listHolidays(ctx, { year: 2027 })).find((d) => d.date === "2027-03-17")).toEqual(testDay);

    // Saving the same date again replaces it.
    await saveHoliday(ctx, { ...testDay, nameEn: "Test holiday (renamed)" });
    const [row] = await (await getDb()).select().from(holidays).where(eq(holidays.date, "2027-03-17"));
    expect(row?.nameEn).toBe("Test holiday (renamed)");

    await deleteHoliday(ctx, { date: "2027-03-17" });
    expect(await deadlineAt("hazard", mondayMarch15)).toEqual(endOf("2027-03-22"));
    await expect(deleteHoliday(ctx, { date: "2027-03-17" })).rejects.toBeInstanceOf(NotFoundError);

    const saves = await auditRows("holiday.save", "2027-03-17");
    expect(saves).toHaveLength(2);
    expect(saves[0]).toMatchObject({ actorId: ctx.actor!.userId, actorRole: "admin", entity: "holiday" });
    expect(saves[1]!.detail).toMatchObject({ nameEn: "Test holiday (renamed)", previous: testDay });
    const [deleted] = await auditRows("holiday.delete", "2027-03-17");
    expect(deleted?.detail).toEqual({ kind: "holiday", nameZh: "测试假日", nameEn: "Test holiday (renamed)" });
  });

  it("a make-up working day on a Saturday brings a deadline forward", async () => {
    const ctx = await admin();
    await saveHoliday(ctx, { date: "2027-03-20", kind: "workday", nameZh: "调休上班", nameEn: "Make-up working day" });
    expect(await deadlineAt("hazard", mondayMarch15)).toEqual(endOf("2027-03-20"));
    await deleteHoliday(ctx, { date: "2027-03-20" });
  });

  it("refuses a make-up working day on a Tuesday, but allows a holiday on a weekend", async () => {
    const ctx = await admin();
    const error = await saveHoliday(ctx, { date: "2027-03-16", kind: "workday", nameZh: "调休", nameEn: "Make-up" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(fieldErrors(error)).toEqual({ date: "workdayNotWeekend" });
    expect(await (await getDb()).select().from(holidays).where(eq(holidays.date, "2027-03-16"))).toEqual([]);

    await saveHoliday(ctx, { date: "2027-03-27", kind: "holiday", nameZh: "周末假日", nameEn: "Weekend holiday" });
    await deleteHoliday(ctx, { date: "2027-03-27" });
  });

  it("names each wrong field: impossible dates, no kind, no names", async () => {
    const ctx = await admin();
    const error = await saveHoliday(ctx, { date: "2027-02-30", kind: "" as "holiday", nameZh: " ", nameEn: "x".repeat(101) }).catch(
      (e) => e,
    );
    expect(fieldErrors(error)).toEqual({ date: "calendarDate", kind: "chooseDayKind", nameZh: "required", nameEn: "tooLong" });
    expect(fieldErrors(await saveHoliday(ctx, { ...testDay, date: "27-3-17" }).catch((e) => e))).toEqual({ date: "calendarDate" });
    expect(fieldErrors(await deleteHoliday(ctx, { date: "2027-13-01" }).catch((e) => e))).toEqual({ date: "calendarDate" });
  });
});

describe("only admins change settings", () => {
  it.each(["resident@demo.test", "officer@demo.test", "moderator@demo.test"])("every read and write is refused for %s", async (email) => {
    const ctx = await ctxFor(email);
    await expect(getDeadlineSettings(ctx)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listHolidays(ctx, { year: 2027 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateDeadlines(ctx, { tip: "1" })).rejects.toBeInstanceOf(ForbiddenError);
    // Permission comes before parsing: bad input is refused the same way.
    await expect(updateDeadlines(ctx, { bogus: "0" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveHoliday(ctx, { ...testDay, date: "2027-03-18" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteHoliday(ctx, { date: "2027-05-01" })).rejects.toBeInstanceOf(ForbiddenError);

    const db = await getDb();
    expect(await db.select().from(holidays).where(eq(holidays.date, "2027-03-18"))).toEqual([]);
    expect(await db.select().from(holidays).where(eq(holidays.date, "2027-05-01"))).toHaveLength(1);
    expect((await getDeadlineSettings(await admin())).tip).toBe(5);
  });

  it("every read and write asks the signed-out to sign in", async () => {
    await expect(getDeadlineSettings(signedOut)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listHolidays(signedOut, { year: 2027 })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(updateDeadlines(signedOut, { tip: "1" })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(saveHoliday(signedOut, testDay)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(deleteHoliday(signedOut, { date: "2027-05-01" })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
