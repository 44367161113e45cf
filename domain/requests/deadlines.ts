import "server-only";

import { and, eq, gte, lte } from "drizzle-orm";

import type { Db, Tx } from "@/db/client";
import { holidays, settings } from "@/db/schema";
import { defaultSettings } from "@/db/seed/base";

import { addWorkingDays } from "./working-days";

export type Deadlines = { deadlineAt: Date; firstResponseDueAt: Date };

/** The answer deadline for a class (working days, holiday calendar), and the first response within one working day. */
export async function deadlinesFor(db: Db | Tx, deadlineKey: string, from = new Date()): Promise<Deadlines> {
  const [setting] = await db.select().from(settings).where(eq(settings.key, "deadlines"));
  const configured = (setting?.value ?? {}) as Record<string, number>;
  const defaults = defaultSettings.deadlines as Record<string, number>;
  const days = configured[deadlineKey] ?? defaults[deadlineKey] ?? defaults.question!;
  // Enough calendar ahead for any deadline: a year covers the longest allowed.
  const start = new Date(from.getTime() - 86400_000).toISOString().slice(0, 10);
  const end = new Date(from.getTime() + 400 * 86400_000).toISOString().slice(0, 10);
  const rows = await db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, start), lte(holidays.date, end)));
  const exceptions = new Map(rows.map((r) => [r.date, r.kind]));
  return { deadlineAt: addWorkingDays(from, days, exceptions), firstResponseDueAt: addWorkingDays(from, 1, exceptions) };
}
