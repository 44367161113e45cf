import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { getDb } from "@/db/client";
import { holidays } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { HolidayDateInput } from "./schemas";

/** Removes a date from the calendar: it becomes an ordinary weekday or weekend day again. */
export async function deleteHoliday(ctx: Ctx, input: z.input<typeof HolidayDateInput>): Promise<void> {
  requirePermission(ctx, "settings.edit");
  const { date } = parseForm(HolidayDateInput, input);
  const db = await getDb();
  await changing(db, ["calendar"], async (tx) => {
    const [deleted] = await tx.delete(holidays).where(eq(holidays.date, date)).returning();
    if (!deleted) throw new NotFoundError(`holiday ${date}`);
    // The row is gone, so the audit entry keeps what it said.
    await recordAudit(tx, ctx, {
      action: "holiday.delete",
      entity: "holiday",
      entityId: date,
      detail: { kind: deleted.kind, nameZh: deleted.nameZh, nameEn: deleted.nameEn },
    });
  });
}
