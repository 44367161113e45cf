import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { settings } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { SecuritySettingsForm } from "./schemas";

export type SecuritySettings = { officersNeedSecondFactor: boolean };

// The key the session query reads too (domain/accounts/sessions.ts).
const KEY = "security";

export async function getSecuritySettings(ctx: Ctx): Promise<SecuritySettings> {
  requirePermission(ctx, "settings.edit");
  const db = await getDb();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  const value = (row?.value ?? {}) as Partial<SecuritySettings>;
  return { officersNeedSecondFactor: value.officersNeedSecondFactor === true };
}

/**
 * Whether officers, like admins and moderators, must set up a second factor.
 * Takes effect on their next request: those without one are sent to set it up.
 */
export async function updateSecuritySettings(ctx: Ctx, input: SecuritySettingsForm): Promise<void> {
  requirePermission(ctx, "settings.edit");
  const next: SecuritySettings = parseForm(SecuritySettingsForm, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).for("update");
    await tx
      .insert(settings)
      .values({ key: KEY, value: next })
      .onConflictDoUpdate({ target: settings.key, set: { value: next, updatedAt: new Date() } });
    await recordAudit(tx, ctx, {
      action: "settings.update",
      entity: "settings",
      entityId: KEY,
      detail: { before: before?.value ?? null, after: next },
    });
  });
}
