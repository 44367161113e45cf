import "server-only";

import { and, asc, eq, gte } from "drizzle-orm";
import type { z } from "zod";

import { getDb } from "@/db/client";
import { awayPeriods } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { AwayForm } from "./question-form";
import { localDate } from "./routing";

/** An officer marks themselves away: new questions for their villages go to the station queue meanwhile. */
export async function markAway(ctx: Ctx, input: z.input<typeof AwayForm>): Promise<void> {
  requirePermission(ctx, "desk.markAway");
  const form = parseForm(AwayForm, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(awayPeriods)
      .values({ userId: ctx.actor.userId, fromDate: form.fromDate, toDate: form.toDate })
      .returning({ id: awayPeriods.id });
    await recordAudit(tx, ctx, { action: "away.create", entity: "away_period", entityId: row!.id, detail: form });
  });
}

/** Ends one of the actor's own away periods early (or takes back a planned one). */
export async function cancelAway(ctx: Ctx, input: { id: number }): Promise<void> {
  requirePermission(ctx, "desk.markAway");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(awayPeriods)
      .where(and(eq(awayPeriods.id, input.id), eq(awayPeriods.userId, ctx.actor.userId)))
      .returning();
    if (!row) throw new NotFoundError(`away period ${input.id}`);
    await recordAudit(tx, ctx, {
      action: "away.delete",
      entity: "away_period",
      entityId: row.id,
      detail: { fromDate: row.fromDate, toDate: row.toDate },
    });
  });
}

/** The actor's current and coming away periods. */
export async function listMyAway(ctx: Ctx) {
  requirePermission(ctx, "desk.markAway");
  const db = await getDb();
  return db
    .select({ id: awayPeriods.id, fromDate: awayPeriods.fromDate, toDate: awayPeriods.toDate })
    .from(awayPeriods)
    .where(and(eq(awayPeriods.userId, ctx.actor.userId), gte(awayPeriods.toDate, localDate())))
    .orderBy(asc(awayPeriods.fromDate));
}
