import "server-only";

import { z } from "zod";

import { getDb } from "@/db/client";
import { settings } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { zodFieldErrors } from "../validation";
import { deadlineKeys, readDeadlines, type DeadlineSettings } from "./queries";
import { deadlinesForm } from "./schemas";

export const DeadlinesInput = deadlinesForm(deadlineKeys);

/** Field errors keyed by the offending key, unknown keys included (zod reports those on the object). */
function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors = zodFieldErrors(error);
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    delete fieldErrors.form;
    for (const key of issue.keys) fieldErrors[key] = "unknownSetting";
  }
  return fieldErrors;
}

/** Saves the working days to answer; requests already received keep the deadline they were given. */
export async function updateDeadlines(ctx: Ctx, input: z.input<typeof DeadlinesInput>): Promise<DeadlineSettings> {
  requirePermission(ctx, "settings.edit");
  const parsed = DeadlinesInput.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const wanted: Partial<Record<string, number>> = parsed.data;
  const db = await getDb();
  return changing(db, ["calendar"], async (tx) => {
    // Locked, so two admins saving at once cannot undo each other's other keys.
    const current = await readDeadlines(tx, { lock: true });
    const changed: Record<string, [number, number]> = {};
    for (const key of deadlineKeys) {
      const days = wanted[key];
      if (days !== undefined && days !== current[key]) changed[key] = [current[key]!, days];
    }
    if (Object.keys(changed).length === 0) return current;
    const next = { ...current, ...Object.fromEntries(Object.entries(changed).map(([key, [, days]]) => [key, days])) };
    await tx
      .insert(settings)
      .values({ key: "deadlines", value: next })
      .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedAt: new Date() } });
    await recordAudit(tx, ctx, { action: "settings.update", entity: "settings", entityId: "deadlines", detail: { changed } });
    return next;
  });
}
