import "server-only";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { services } from "@/db/schema";
import { titlePinyin } from "@/lib/core/pinyin";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const title = text(120).min(1, { error: "required" });
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A service's guide in both languages, as the editor's form sends it: the
 * steps one a line, as many in Chinese as in English (each step is shown in
 * the reader's language).
 */
export const GuideForm = z
  .object({
    slug: z.string().min(1).max(80),
    titleZh: title,
    titleEn: title,
    summaryZh: text(500),
    summaryEn: text(500),
    eligibilityZh: text(2000),
    eligibilityEn: text(2000),
    stepsZh: text(4000),
    stepsEn: text(4000),
    feeZh: text(200),
    feeEn: text(200),
    legalBasisZh: text(1000),
    legalBasisEn: text(1000),
  })
  .superRefine((g, ctx) => {
    if (lines(g.stepsZh).length !== lines(g.stepsEn).length) ctx.addIssue({ code: "custom", path: ["stepsEn"], message: "guideSteps" });
  });

/** The guide's texts as the editor's form shows them. */
export type GuideTexts = Omit<z.input<typeof GuideForm>, "slug">;

export function guideTexts(s: typeof services.$inferSelect): GuideTexts {
  return {
    titleZh: s.titleZh,
    titleEn: s.titleEn,
    summaryZh: s.summaryZh,
    summaryEn: s.summaryEn,
    eligibilityZh: s.eligibilityZh,
    eligibilityEn: s.eligibilityEn,
    stepsZh: s.steps.map((step) => step.zh).join("\n"),
    stepsEn: s.steps.map((step) => step.en).join("\n"),
    feeZh: s.feeZh,
    feeEn: s.feeEn,
    legalBasisZh: s.legalBasisZh,
    legalBasisEn: s.legalBasisEn,
  };
}

/** Saves a service's guide texts in both languages; its title's pinyin follows, for the search. Audited. */
export async function saveServiceGuide(ctx: Ctx, input: z.input<typeof GuideForm>): Promise<void> {
  requirePermission(ctx, "service.edit");
  const { slug, stepsZh, stepsEn, ...texts } = parseForm(GuideForm, input);
  const en = lines(stepsEn);
  const steps = lines(stepsZh).map((zh, i) => ({ zh, en: en[i]! }));
  const db = await getDb();
  await changing(db, ["services"], async (tx) => {
    const [changed] = await tx
      .update(services)
      .set({ ...texts, steps, searchPinyin: titlePinyin(texts.titleZh), updatedAt: new Date() })
      .where(eq(services.slug, slug))
      .returning({ slug: services.slug });
    if (!changed) throw new NotFoundError("service");
    await recordAudit(tx, ctx, { action: "service.edit_guide", entity: "service", entityId: slug, detail: { steps: steps.length } });
  });
}
