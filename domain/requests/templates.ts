import "server-only";

import { asc, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { replyTemplates } from "@/db/schema";
import { intId } from "@/lib/core/query-params";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { zodFieldErrors } from "../validation";

export const TemplateForm = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  body: z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong4000" }),
});

export const placeholders = ["trackingNumber", "deadline", "unit", "subject"] as const;

/** Fills a template's {placeholders}; unknown ones stay as written so a typo is visible before sending. */
export function fillTemplate(body: string, values: Record<(typeof placeholders)[number], string>): string {
  return body.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key as keyof typeof values] : whole));
}

export async function listTemplates(ctx: Ctx) {
  requirePermission(ctx, "request.reply");
  const db = await getDb();
  return db.select().from(replyTemplates).orderBy(asc(replyTemplates.title));
}

/** Creates (id null) or updates a canned reply. */
export async function saveTemplate(ctx: Ctx, templateId: number | null, input: unknown): Promise<void> {
  requirePermission(ctx, "template.edit");
  const parsed = TemplateForm.safeParse(input);
  if (!parsed.success) throw new ValidationError(zodFieldErrors(parsed.error));
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (templateId === null) {
      const [row] = await tx.insert(replyTemplates).values(parsed.data).returning({ id: replyTemplates.id });
      await recordAudit(tx, ctx, { action: "template.create", entity: "template", entityId: row!.id });
      return;
    }
    const [row] = await tx
      .update(replyTemplates)
      .set(parsed.data)
      .where(eq(replyTemplates.id, templateId))
      .returning({ id: replyTemplates.id });
    if (!row) throw new NotFoundError(`template ${templateId}`);
    await recordAudit(tx, ctx, { action: "template.update", entity: "template", entityId: templateId });
  });
}

export async function deleteTemplate(ctx: Ctx, templateId: unknown): Promise<void> {
  requirePermission(ctx, "template.edit");
  const parsed = intId.safeParse(templateId);
  if (!parsed.success) throw new NotFoundError("template");
  const id = parsed.data;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(replyTemplates).where(eq(replyTemplates.id, id)).returning({ id: replyTemplates.id });
    if (!row) throw new NotFoundError(`template ${id}`);
    await recordAudit(tx, ctx, { action: "template.delete", entity: "template", entityId: id });
  });
}
