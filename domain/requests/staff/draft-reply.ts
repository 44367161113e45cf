import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { replyTemplates, units } from "@/db/schema";
import { intId } from "@/lib/core/query-params";
import type { RequestLocale } from "@/lib/core/values";

import type { Ctx } from "../../context";
import { requirePermission } from "../../permissions";
import { fillTemplate } from "../templates";
import { loadForStaff } from "./scope";

export const DraftReplyInput = z.object({
  trackingNumber: z.string().min(1),
  templateId: intId,
});

// Deadlines are the bureau's local time wherever the server runs.
const deadlineFormats: Record<RequestLocale, Intl.DateTimeFormat> = {
  "zh-CN": new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: "Asia/Shanghai" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Asia/Shanghai" }),
};

export type DraftReply = { text: string; locale: RequestLocale };

/**
 * A canned reply filled in for one request, in the language the resident
 * wrote in (not the page's): the template's body in that language, the
 * deadline and the unit's name in it too. Null for an unknown template.
 */
export async function draftReply(ctx: Ctx, input: z.input<typeof DraftReplyInput>): Promise<DraftReply | null> {
  requirePermission(ctx, "request.reply");
  const parsed = DraftReplyInput.safeParse(input);
  if (!parsed.success) return null;
  const db = await getDb();
  const request = await loadForStaff(db, ctx, parsed.data.trackingNumber);
  const [template] = await db.select().from(replyTemplates).where(eq(replyTemplates.id, parsed.data.templateId));
  if (!template) return null;
  const [unit] = request.unitId
    ? await db.select({ nameZh: units.nameZh, nameEn: units.nameEn }).from(units).where(eq(units.id, request.unitId))
    : [];
  const en = request.locale === "en";
  const text = fillTemplate(en ? template.bodyEn : template.bodyZh, {
    trackingNumber: request.trackingNumber,
    deadline: deadlineFormats[request.locale].format(request.deadlineAt),
    unit: unit ? (en ? unit.nameEn : unit.nameZh) : "",
    subject: request.subject,
  });
  return { text, locale: request.locale };
}
