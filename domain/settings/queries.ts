import "server-only";

import { and, asc, eq, gte, lte } from "drizzle-orm";

import { getDb, type Db, type Tx } from "@/db/client";
import { holidays, settings, type Holiday } from "@/db/schema";
import { defaultSettings } from "@/db/seed/base";

import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { HolidayYearInput } from "./schemas";

/** Working days to answer, per six-smalls class and feedback topic, in the order of the defaults. */
export type DeadlineSettings = Record<string, number>;

/** Every class and topic that has a deadline: the keys of the shipped defaults. */
export const deadlineKeys = Object.keys(defaultSettings.deadlines as Record<string, number>);

/** The deadlines in force: the saved value where there is a sound one, the default otherwise. */
export async function readDeadlines(db: Db | Tx, { lock = false } = {}): Promise<DeadlineSettings> {
  const query = db.select().from(settings).where(eq(settings.key, "deadlines"));
  const [row] = lock ? await query.for("update") : await query;
  const saved = (row?.value ?? {}) as Record<string, unknown>;
  const defaults = defaultSettings.deadlines as Record<string, number>;
  return Object.fromEntries(
    deadlineKeys.map((key) => {
      const value = saved[key];
      return [key, typeof value === "number" && Number.isInteger(value) ? value : defaults[key]!];
    }),
  );
}

export async function getDeadlineSettings(ctx: Ctx): Promise<DeadlineSettings> {
  requirePermission(ctx, "settings.edit");
  return readDeadlines(await getDb());
}

export type CalendarEntry = Pick<Holiday, "date" | "kind" | "nameZh" | "nameEn">;

/** The public holidays and make-up working days of one year, by date. */
export async function listHolidays(ctx: Ctx, input: HolidayYearInput): Promise<CalendarEntry[]> {
  requirePermission(ctx, "settings.edit");
  const { year } = HolidayYearInput.parse(input);
  const db = await getDb();
  return db
    .select({ date: holidays.date, kind: holidays.kind, nameZh: holidays.nameZh, nameEn: holidays.nameEn })
    .from(holidays)
    .where(and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)))
    .orderBy(asc(holidays.date));
}
