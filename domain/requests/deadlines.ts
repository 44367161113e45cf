import "server-only";

import { and, eq, gte, lte } from "drizzle-orm";

import { getDb } from "@/db/client";
import { holidays, settings } from "@/db/schema";
import { defaultSettings } from "@/db/seed/base";

import { cached } from "../cache";
import { addWorkingDays } from "./working-days";

export type Deadlines = { deadlineAt: Date; firstResponseDueAt: Date };

/** The answer deadline for a class (working days, holiday calendar), and the first response within one working day. */
export async function deadlinesFor(deadlineKey: string, from = new Date()): Promise<Deadlines> {
  // Enough calendar ahead for any deadline: a year covers the longest allowed.
  const start = new Date(from.getTime() - 86400_000).toISOString().slice(0, 10);
  const end = new Date(from.getTime() + 400 * 86400_000).toISOString().slice(0, 10);
  const { configured, exceptions } = await calendar(start, end);
  const defaults = defaultSettings.deadlines as Record<string, number>;
  const days = configured[deadlineKey] ?? defaults[deadlineKey] ?? defaults.question!;
  return { deadlineAt: addWorkingDays(from, days, exceptions), firstResponseDueAt: addWorkingDays(from, 1, exceptions) };
}

/** A deadline a number of working days ahead (a service's legal time limit), and the first response within one working day. */
export async function deadlinesIn(days: number, from = new Date()): Promise<Deadlines> {
  const start = new Date(from.getTime() - 86400_000).toISOString().slice(0, 10);
  const end = new Date(from.getTime() + 400 * 86400_000).toISOString().slice(0, 10);
  const { exceptions } = await calendar(start, end);
  return { deadlineAt: addWorkingDays(from, Math.max(1, days), exceptions), firstResponseDueAt: addWorkingDays(from, 1, exceptions) };
}

/** The configured working days and the calendar's exceptions between two dates: read once, until an admin changes them. */
function calendar(start: string, end: string) {
  return cached("calendar", `${start}:${end}`, async () => {
    const db = await getDb();
    const [setting] = await db.select().from(settings).where(eq(settings.key, "deadlines"));
    const rows = await db
      .select()
      .from(holidays)
      .where(and(gte(holidays.date, start), lte(holidays.date, end)));
    return { configured: (setting?.value ?? {}) as Record<string, number>, exceptions: new Map(rows.map((r) => [r.date, r.kind])) };
  });
}
