/**
 * The working-day calendar that request deadlines follow. Pure: the caller
 * loads the holiday calendar and passes it in, so deadlines can be computed
 * and tested without a database.
 *
 * A day is a working day if it is Monday–Friday, unless the calendar says
 * otherwise: public holidays are rest days, make-up working days (调休上班日,
 * usually a weekend day next to a holiday) are working days.
 */

/** An exception to the weekday/weekend rule. */
export type CalendarDay = { date: string /* YYYY-MM-DD */; kind: "holiday" | "workday" };

type CalendarExceptions = ReadonlyMap<string, CalendarDay["kind"]>;

const DAY_MS = 24 * 60 * 60 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const MAX_DEADLINE_DAYS = 365;
// Even a year of working days spans well under three calendar years; a search
// that gets this far is looking at a calendar with no working days left.
const MAX_SEARCH_DAYS = 3 * 366;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// China has kept UTC+8 all year since 1991, so a fixed offset is exact for any
// date a request can have. Other zones would need real tz rules; refusing them
// is better than silently computing a deadline in the wrong day.
function utcOffsetMs(timeZone: string): number {
  if (timeZone !== "Asia/Shanghai") {
    throw new RangeError(
      `Unsupported time zone "${timeZone}": working days use fixed UTC+8 arithmetic, which is only right for Asia/Shanghai`,
    );
  }
  return SHANGHAI_OFFSET_MS;
}

function assertValidDate(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${name} is not a valid date`);
  }
}

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date. */
function dayNumberOf(isoDate: string): number {
  const [, year, month, day] = (ISO_DATE.exec(isoDate) ?? []).map(Number);
  if (year !== undefined && month !== undefined && day !== undefined) {
    const parsed = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2026-02-30 over to March; reading the parts back catches it.
    if (parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day) {
      return parsed.getTime() / DAY_MS;
    }
  }
  throw new RangeError(`"${isoDate}" is not a valid YYYY-MM-DD date`);
}

function isoDateOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

function localDayNumber(date: Date, timeZone: string): number {
  return Math.floor((date.getTime() + utcOffsetMs(timeZone)) / DAY_MS);
}

function endOfLocalDay(dayNumber: number, timeZone: string): Date {
  return new Date((dayNumber + 1) * DAY_MS - 1 - utcOffsetMs(timeZone));
}

function isWeekend(dayNumber: number): boolean {
  // 1970-01-01 was a Thursday: +4 makes Sunday 0 and Saturday 6.
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

function isWorkingDayNumber(dayNumber: number, kind: CalendarDay["kind"] | undefined): boolean {
  if (kind) return kind === "workday";
  return !isWeekend(dayNumber);
}

// The calendar comes from an editable table: a mistyped row should fail loudly
// rather than quietly never match and shift deadlines.
function exceptionsByDayNumber(exceptions: CalendarExceptions): Map<number, CalendarDay["kind"]> {
  const byDayNumber = new Map<number, CalendarDay["kind"]>();
  for (const [date, kind] of exceptions) {
    if (kind !== "holiday" && kind !== "workday") {
      throw new RangeError(`Calendar day ${date} has unknown kind "${String(kind)}"`);
    }
    byDayNumber.set(dayNumberOf(date), kind);
  }
  return byDayNumber;
}

export function localDate(date: Date, timeZone = "Asia/Shanghai"): string {
  assertValidDate(date, "date");
  return isoDateOf(localDayNumber(date, timeZone));
}

export function isWorkingDay(date: string, exceptions: CalendarExceptions): boolean {
  return isWorkingDayNumber(dayNumberOf(date), exceptions.get(date));
}

/**
 * The deadline for an answer due within `days` working days of `from`: the end
 * of the Nth working day after the local day of submission, which never counts
 * however early it was. With 0 days, the end of the first working day from the
 * day of submission on.
 */
export function addWorkingDays(from: Date, days: number, exceptions: CalendarExceptions, timeZone = "Asia/Shanghai"): Date {
  assertValidDate(from, "from");
  if (!Number.isInteger(days) || days < 0 || days > MAX_DEADLINE_DAYS) {
    throw new RangeError(`days must be a whole number from 0 to ${MAX_DEADLINE_DAYS}, got ${days}`);
  }
  const exceptionOn = exceptionsByDayNumber(exceptions);

  const submittedOn = localDayNumber(from, timeZone);
  // With 0 days the day of submission can itself be the deadline; either way
  // exactly one more working day has to be found at the end of the count.
  let day = days === 0 ? submittedOn : submittedOn + 1;
  let remaining = Math.max(days, 1);
  for (;;) {
    if (day - submittedOn > MAX_SEARCH_DAYS) {
      throw new RangeError(`No deadline within three years of ${isoDateOf(submittedOn)}: the holiday calendar leaves too few working days`);
    }
    if (isWorkingDayNumber(day, exceptionOn.get(day))) {
      remaining -= 1;
      if (remaining === 0) return endOfLocalDay(day, timeZone);
    }
    day += 1;
  }
}

/** Weekdays (Mon–Fri) on or before `dayNumber`, counted from a fixed Monday. */
function weekdaysThrough(dayNumber: number): number {
  const sinceMonday = dayNumber - 4; // day 4 is Monday 1970-01-05
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7 + 1, 5);
}

/**
 * Working days after the local day of `from` up to and including the local day
 * of `to`: 1 means answered on the first working day after submission. Counted
 * arithmetically, so a distant or reversed `to` costs nothing and gives 0.
 */
export function workingDaysBetween(from: Date, to: Date, exceptions: CalendarExceptions, timeZone = "Asia/Shanghai"): number {
  assertValidDate(from, "from");
  assertValidDate(to, "to");
  const exceptionOn = exceptionsByDayNumber(exceptions);
  const first = localDayNumber(from, timeZone);
  const last = localDayNumber(to, timeZone);
  if (last <= first) return 0;

  let count = weekdaysThrough(last) - weekdaysThrough(first);
  for (const [day, kind] of exceptionOn) {
    if (day <= first || day > last) continue;
    if (kind === "holiday" && !isWeekend(day)) count -= 1;
    if (kind === "workday" && isWeekend(day)) count += 1;
  }
  return count;
}
