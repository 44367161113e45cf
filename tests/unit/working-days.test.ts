import { describe, expect, it } from "vitest";

import { chinaHolidays } from "@/db/seed/holidays";
import { addWorkingDays, isWorkingDay, localDate, workingDaysBetween, type CalendarDay } from "@/domain/requests/working-days";

const calendar: ReadonlyMap<string, CalendarDay["kind"]> = new Map(chinaHolidays.map((d) => [d.date, d.kind]));
const noExceptions: ReadonlyMap<string, CalendarDay["kind"]> = new Map();
const DAY_MS = 24 * 60 * 60 * 1000;

/** A moment given in Beijing time, e.g. "2026-03-13T10:00". */
function beijing(localDateTime: string): Date {
  return new Date(`${localDateTime}:00+08:00`);
}

/** The last millisecond of a Beijing calendar day: what a deadline looks like. */
function endOf(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

describe("a request's deadline", () => {
  it("is the end of Monday, Beijing time, for a request sent on Friday with one working day", () => {
    const deadline = addWorkingDays(beijing("2026-03-13T10:00"), 1, noExceptions);
    expect(deadline).toEqual(endOf("2026-03-16"));
    expect(deadline.toISOString()).toBe("2026-03-16T15:59:59.999Z");
  });

  it("never counts the day of submission, however early it was sent", () => {
    expect(addWorkingDays(beijing("2026-03-10T00:01"), 1, noExceptions)).toEqual(endOf("2026-03-11"));
  });

  it("follows the Beijing day, not the UTC day, around Friday midnight", () => {
    const fridayNight = beijing("2026-03-13T23:30");
    const saturdayEarly = new Date("2026-03-13T16:30:00Z"); // 00:30 on Saturday in Beijing
    expect(localDate(fridayNight)).toBe("2026-03-13");
    expect(localDate(saturdayEarly)).toBe("2026-03-14");
    expect(addWorkingDays(fridayNight, 0, noExceptions)).toEqual(endOf("2026-03-13"));
    expect(addWorkingDays(saturdayEarly, 0, noExceptions)).toEqual(endOf("2026-03-16"));
    expect(addWorkingDays(fridayNight, 1, noExceptions)).toEqual(endOf("2026-03-16"));
    expect(addWorkingDays(saturdayEarly, 1, noExceptions)).toEqual(endOf("2026-03-16"));
  });

  it("gives a request sent at 00:30 on Friday (still Thursday in UTC) until Monday", () => {
    expect(addWorkingDays(new Date("2026-03-12T16:30:00Z"), 1, noExceptions)).toEqual(endOf("2026-03-16"));
    expect(addWorkingDays(new Date("2026-03-12T15:30:00Z"), 1, noExceptions)).toEqual(endOf("2026-03-13"));
  });

  it("skips a public holiday block and lands on a Saturday make-up day (Labour Day 2026)", () => {
    const dayBefore = beijing("2026-04-30T09:00");
    expect(addWorkingDays(dayBefore, 1, calendar)).toEqual(endOf("2026-05-06"));
    expect(addWorkingDays(dayBefore, 3, calendar)).toEqual(endOf("2026-05-08"));
    expect(addWorkingDays(dayBefore, 4, calendar)).toEqual(endOf("2026-05-09"));
  });

  it("counts a make-up Sunday as a working day", () => {
    expect(weekday("2026-09-20")).toBe(0);
    expect(addWorkingDays(beijing("2026-09-18T17:00"), 1, calendar)).toEqual(endOf("2026-09-20"));
    expect(addWorkingDays(beijing("2025-12-31T12:00"), 1, calendar)).toEqual(endOf("2026-01-04"));
  });

  it("waits out National Day 2026 and counts the Saturday after it", () => {
    expect(addWorkingDays(beijing("2026-09-30T12:00"), 1, calendar)).toEqual(endOf("2026-10-08"));
    expect(addWorkingDays(beijing("2026-09-30T12:00"), 3, calendar)).toEqual(endOf("2026-10-10"));
  });

  it("with 0 days is the end of the same day only if that day is a working day", () => {
    expect(addWorkingDays(beijing("2026-03-11T08:00"), 0, calendar)).toEqual(endOf("2026-03-11"));
    expect(addWorkingDays(beijing("2026-10-01T08:00"), 0, calendar)).toEqual(endOf("2026-10-08"));
    expect(addWorkingDays(beijing("2026-03-14T08:00"), 0, calendar)).toEqual(endOf("2026-03-16"));
    expect(addWorkingDays(beijing("2026-09-20T08:00"), 0, calendar)).toEqual(endOf("2026-09-20"));
  });

  it("gives 15 working days over Spring Festival 2026 until 12 March, not 6 March", () => {
    const friday = beijing("2026-02-13T15:00");
    expect(addWorkingDays(friday, 15, calendar)).toEqual(endOf("2026-03-12"));
    expect(addWorkingDays(friday, 15, noExceptions)).toEqual(endOf("2026-03-06"));
  });

  it("handles the longest allowed deadline, a year of working days", () => {
    const from = beijing("2026-01-05T09:00");
    const deadline = addWorkingDays(from, 365, calendar);
    expect(workingDaysBetween(from, deadline, calendar)).toBe(365);
  });

  it("gives up with an error, instead of hanging, when the calendar has no working days left", () => {
    const allHolidays = new Map<string, CalendarDay["kind"]>();
    for (let day = 0; day < 6 * 366; day++) allHolidays.set(addCalendarDays("2025-01-01", day), "holiday");
    expect(() => addWorkingDays(beijing("2026-03-13T10:00"), 1, allHolidays)).toThrow(/three years/);
    expect(() => addWorkingDays(beijing("2026-03-14T10:00"), 0, allHolidays)).toThrow(/three years/);
  });
});

describe("working days taken to answer", () => {
  it("counts working days after the day of submission up to the day of the answer", () => {
    const friday = beijing("2026-03-13T10:00");
    expect(workingDaysBetween(friday, beijing("2026-03-13T18:00"), calendar)).toBe(0);
    expect(workingDaysBetween(friday, beijing("2026-03-14T18:00"), calendar)).toBe(0);
    expect(workingDaysBetween(friday, beijing("2026-03-16T00:00"), calendar)).toBe(1);
    expect(workingDaysBetween(beijing("2026-02-13T15:00"), endOf("2026-03-12"), calendar)).toBe(15);
  });

  it("is never negative, even for an answer dated before the request", () => {
    expect(workingDaysBetween(beijing("2026-03-13T10:00"), beijing("2026-03-01T10:00"), calendar)).toBe(0);
  });

  it("agrees with addWorkingDays for many start times and deadlines", () => {
    const firstStart = beijing("2025-12-20T00:00").getTime();
    const lastStart = beijing("2027-12-20T00:00").getTime();
    const disagreements: string[] = [];
    // A 29 h 11 min step drifts through every hour of the day and every weekday.
    for (let at = firstStart; at < lastStart; at += (29 * 60 + 11) * 60 * 1000) {
      const from = new Date(at);
      const startsOnWorkingDay = isWorkingDay(localDate(from), calendar);
      if (workingDaysBetween(from, addWorkingDays(from, 0, calendar), calendar) !== (startsOnWorkingDay ? 0 : 1)) {
        disagreements.push(`${from.toISOString()} + 0`);
      }
      for (const days of [1, 2, 5, 15]) {
        const deadline = addWorkingDays(from, days, calendar);
        const dayBefore = new Date(deadline.getTime() - DAY_MS);
        if (
          !isWorkingDay(localDate(deadline), calendar) ||
          workingDaysBetween(from, deadline, calendar) !== days ||
          // The day before the deadline is one working day short of it.
          workingDaysBetween(from, dayBefore, calendar) !== days - 1
        ) {
          disagreements.push(`${from.toISOString()} + ${days}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  }, 30_000); // a shared two-core machine can be slow; the loop itself takes about a second

  it("counts the same as walking the calendar one day at a time", () => {
    for (let offset = 0; offset < 800; offset += 3) {
      const first = addCalendarDays("2025-12-01", offset);
      const last = addCalendarDays(first, 45);
      let walked = 0;
      for (let day = 1; day <= 45; day++) if (isWorkingDay(addCalendarDays(first, day), calendar)) walked++;
      expect(workingDaysBetween(beijing(`${first}T12:00`), beijing(`${last}T12:00`), calendar)).toBe(walked);
    }
  });
});

describe("the calendar day of a moment", () => {
  it("turns at 16:00 UTC, midnight in Beijing", () => {
    expect(localDate(new Date("2026-03-13T15:59:59.999Z"))).toBe("2026-03-13");
    expect(localDate(new Date("2026-03-13T16:00:00.000Z"))).toBe("2026-03-14");
  });

  it("treats weekdays as working days unless the calendar says otherwise", () => {
    expect(isWorkingDay("2026-03-13", calendar)).toBe(true);
    expect(isWorkingDay("2026-03-14", calendar)).toBe(false);
    expect(isWorkingDay("2026-02-17", calendar)).toBe(false);
    expect(isWorkingDay("2026-02-14", calendar)).toBe(true);
  });
});

describe("invalid input", () => {
  const from = beijing("2026-03-13T10:00");

  it.each([-1, 1.5, 366, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s working days", (days) => {
    expect(() => addWorkingDays(from, days, calendar)).toThrow(/days must be a whole number from 0 to 365/);
  });

  it("refuses an invalid date", () => {
    const invalid = new Date("not a date");
    expect(() => addWorkingDays(invalid, 1, calendar)).toThrow(/from is not a valid date/);
    expect(() => workingDaysBetween(from, invalid, calendar)).toThrow(/to is not a valid date/);
    expect(() => localDate(invalid)).toThrow(/not a valid date/);
  });

  it("refuses time zones other than Asia/Shanghai, saying why", () => {
    expect(() => addWorkingDays(from, 1, calendar, "Europe/Berlin")).toThrow(/only right for Asia\/Shanghai/);
    expect(() => workingDaysBetween(from, from, calendar, "UTC")).toThrow(/Unsupported time zone "UTC"/);
    expect(() => localDate(from, "Asia/Hong_Kong")).toThrow(/Unsupported time zone/);
  });

  it.each(["2026-02-30", "2026-2-3", "2026-13-01", "20260213", "", "2026-02-13T00:00"])("refuses the calendar date %j", (date) => {
    expect(() => isWorkingDay(date, calendar)).toThrow(/not a valid YYYY-MM-DD date/);
  });

  it("refuses a calendar with a mistyped row rather than ignoring it", () => {
    const mistyped = new Map<string, CalendarDay["kind"]>([["2026-10-1", "holiday"]]);
    expect(() => addWorkingDays(from, 1, mistyped)).toThrow(/"2026-10-1" is not a valid/);
    expect(() => workingDaysBetween(from, from, mistyped)).toThrow(/"2026-10-1" is not a valid/);
  });
});

describe("the China holiday seed", () => {
  const years = (entries: typeof chinaHolidays) => new Set(entries.map((d) => d.date.slice(0, 4)));
  const holidays = chinaHolidays.filter((d) => d.kind === "holiday");
  const makeUpDays = chinaHolidays.filter((d) => d.kind === "workday");

  it("covers 2026 and 2027 and nothing else", () => {
    expect([...years(chinaHolidays)].sort()).toEqual(["2026", "2027"]);
  });

  it("has valid, unique dates", () => {
    for (const { date } of chinaHolidays) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(addCalendarDays(date, 0)).toBe(date);
    }
    expect(new Set(chinaHolidays.map((d) => d.date)).size).toBe(chinaHolidays.length);
  });

  it("puts every make-up working day on a Saturday or Sunday", () => {
    for (const { date } of makeUpDays) expect([0, 6], date).toContain(weekday(date));
  });

  it("names every day in Chinese and English, make-up days as such", () => {
    for (const day of chinaHolidays) {
      expect(day.nameZh).toMatch(/\p{Script=Han}/u);
      expect(day.nameEn).toMatch(/^[A-Z][A-Za-z' ()-]+$/);
      expect(day.nameZh.startsWith("调休上班")).toBe(day.kind === "workday");
      expect(day.nameEn.startsWith("Make-up working day")).toBe(day.kind === "workday");
    }
  });

  it("lists each holiday block as consecutive days with at least one weekday off", () => {
    const blocks = new Map<string, string[]>();
    for (const { date, nameEn } of holidays) {
      const key = `${date.slice(0, 4)} ${nameEn}`;
      blocks.set(key, [...(blocks.get(key) ?? []), date]);
    }
    expect(blocks.size).toBe(14);
    for (const [name, dates] of blocks) {
      dates.forEach((date, i) => expect(date, name).toBe(addCalendarDays(dates[0] ?? "", i)));
      expect(
        dates.some((date) => ![0, 6].includes(weekday(date))),
        name,
      ).toBe(true);
    }
  });

  it("gives each year exactly the 13 statutory days off on balance, as the 2025 rules require", () => {
    for (const year of ["2026", "2027"]) {
      const weekdaysOff = holidays.filter((d) => d.date.startsWith(year) && ![0, 6].includes(weekday(d.date)));
      const madeUp = makeUpDays.filter((d) => d.date.startsWith(year));
      expect(weekdaysOff.length - madeUp.length, year).toBe(13);
    }
  });

  it("keeps the festival days themselves as holidays", () => {
    const festivalDays = ["2026-01-01", "2026-02-17", "2026-04-05", "2026-05-01", "2026-06-19", "2026-09-25", "2026-10-01"];
    const projected = ["2027-01-01", "2027-02-06", "2027-04-05", "2027-05-01", "2027-06-09", "2027-09-15", "2027-10-01"];
    for (const date of [...festivalDays, ...projected]) expect(isWorkingDay(date, calendar), date).toBe(false);
  });

  it("matches the official 2026 block lengths", () => {
    const lengths = new Map<string, number>();
    for (const { date, nameEn } of holidays) {
      if (date.startsWith("2026")) lengths.set(nameEn, (lengths.get(nameEn) ?? 0) + 1);
    }
    expect(Object.fromEntries(lengths)).toEqual({
      "New Year's Day": 3,
      "Spring Festival": 9,
      "Qingming Festival": 3,
      "Labour Day": 5,
      "Dragon Boat Festival": 3,
      "Mid-Autumn Festival": 3,
      "National Day": 7,
    });
  });

  it("never asks for more than six working days in a row", () => {
    let run = 0;
    for (let day = 0; day < 730; day++) {
      const date = addCalendarDays("2026-01-01", day);
      run = isWorkingDay(date, calendar) ? run + 1 : 0;
      expect(run, date).toBeLessThanOrEqual(6);
    }
  });
});
