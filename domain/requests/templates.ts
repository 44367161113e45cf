import "server-only";

import { asc, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { replyTemplates } from "@/db/schema";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";

const TemplateBody = z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong4000" });

/** A canned reply: one title for staff, a body in each language residents use. */
export const TemplateForm = z.object({
  title: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  bodyZh: TemplateBody,
  bodyEn: TemplateBody,
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
export async function saveTemplate(ctx: Ctx, templateId: number | null, input: z.input<typeof TemplateForm>): Promise<void> {
  requirePermission(ctx, "template.edit");
  const parsed = { data: parseForm(TemplateForm, input) };
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

export const TemplateIdInput = z.object({ templateId: z.coerce.number().int().positive() });

export async function deleteTemplate(ctx: Ctx, input: z.input<typeof TemplateIdInput>): Promise<void> {
  requirePermission(ctx, "template.edit");
  const { templateId: id } = parseForm(TemplateIdInput, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(replyTemplates).where(eq(replyTemplates.id, id)).returning({ id: replyTemplates.id });
    if (!row) throw new NotFoundError(`template ${id}`);
    await recordAudit(tx, ctx, { action: "template.delete", entity: "template", entityId: id });
  });
}
