import { z } from "zod";

// Messages are keys under "errors" in messages/*.json. No db import: the
// page and client forms may use these too.

/** Fewer than one day cannot be met; two months would not be answering. */
const MIN_DEADLINE_DAYS = 1;
const MAX_DEADLINE_DAYS = 60;

export const DeadlineDays = z.coerce
  .number({ error: "deadlineRange" })
  .int({ error: "deadlineRange" })
  .min(MIN_DEADLINE_DAYS, { error: "deadlineRange" })
  .max(MAX_DEADLINE_DAYS, { error: "deadlineRange" });

/**
 * The deadlines form for these keys (every class and topic that has one):
 * a key left out keeps its value; a key that is not a deadline is refused
 * rather than stored, where nothing would ever read it.
 */
export const deadlinesForm = (keys: readonly string[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, DeadlineDays.optional()])), {
    error: (issue) => (issue.code === "unrecognized_keys" ? "unknownSetting" : undefined),
  });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Sunday 0 … Saturday 6 of a YYYY-MM-DD date, or null when it is no real date (2027-02-30). */
export function weekdayOf(isoDate: string): number | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls impossible days over into the next month; reading back catches it.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getUTCDay();
}

export const HolidayDate = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .refine((v) => weekdayOf(v) !== null, { error: "calendarDate" });
export type HolidayDate = z.infer<typeof HolidayDate>;

/** The years the calendar can hold: wide enough for any deadline the app computes. */
export const HolidayYear = z.coerce.number().int().min(2000).max(2100);
export type HolidayYear = z.infer<typeof HolidayYear>;

export const holidayKinds = ["holiday", "workday"] as const;
export type HolidayKind = (typeof holidayKinds)[number];

const name = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });

export const HolidayForm = z
  .object({
    date: HolidayDate,
    kind: z.enum(holidayKinds, { error: "chooseDayKind" }),
    nameZh: name(40),
    nameEn: name(100),
  })
  // A holiday on a weekend is allowed (each day of a block is named), but a
  // make-up working day on a weekday changes nothing and is surely a typo.
  .refine((v) => v.kind !== "workday" || [0, 6].includes(weekdayOf(v.date) ?? -1), {
    path: ["date"],
    error: "workdayNotWeekend",
  });
export type HolidayForm = z.infer<typeof HolidayForm>;

export const HolidayDateInput = z.object({ date: HolidayDate });
export type HolidayDateInput = z.infer<typeof HolidayDateInput>;

export const HolidayYearInput = z.object({ year: HolidayYear });
export type HolidayYearInput = z.input<typeof HolidayYearInput>;
