import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { getDb } from "@/db/client";
import { holidays } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import type { CalendarEntry } from "./queries";
import { HolidayForm } from "./schemas";

/** Adds a public holiday or make-up working day, or replaces what the calendar says about that date. */
export async function saveHoliday(ctx: Ctx, input: z.input<typeof HolidayForm>): Promise<CalendarEntry> {
  requirePermission(ctx, "settings.edit");
  const day = parseForm(HolidayForm, input);
  const db = await getDb();
  return changing(db, ["calendar"], async (tx) => {
    const [previous] = await tx.select().from(holidays).where(eq(holidays.date, day.date)).for("update");
    await tx
      .insert(holidays)
      .values(day)
      .onConflictDoUpdate({ target: holidays.date, set: { kind: day.kind, nameZh: day.nameZh, nameEn: day.nameEn } });
    await recordAudit(tx, ctx, {
      action: "holiday.save",
      entity: "holiday",
      entityId: day.date,
      detail: { kind: day.kind, nameZh: day.nameZh, nameEn: day.nameEn, previous: previous ?? null },
    });
    return day;
  });
}
