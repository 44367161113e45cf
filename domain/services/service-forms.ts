import { z } from "zod";

import { materialForms, serviceCategories, slugPattern } from "@/lib/core/values";

// The staff catalogue's forms, shared by the browser's check and the domain: no db here.

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const title = text(120).min(1, { error: "required" });

/** A new service: its address, titles in both languages, category and search words. It starts unpublished. */
export const NewServiceForm = z.object({
  slug: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(80, { error: "tooLong" })
    .regex(slugPattern, { error: "slug" })
    // "new" is the address of the page that creates a service.
    .refine((slug) => slug !== "new", { error: "serviceSlugTaken" }),
  titleZh: title,
  titleEn: title,
  category: z.enum(serviceCategories, { error: "chooseOne" }),
  keywords: text(300).default(""),
});
export type NewServiceForm = z.infer<typeof NewServiceForm>;

/** At most this many materials a guide lists. */
export const maxMaterials = 15;

const rowList = z
  .array(z.string().max(200, { error: "tooLong" }))
  .max(maxMaterials, { error: "tooLong" })
  .default([]);

/**
 * What a service needs and where it is handled. The materials arrive as rows
 * of parallel fields (one name per language, the form, the count); an empty
 * row is left out. A service handled at listed units needs at least one; an
 * online service needs a form to fill in (checked where the definition is read).
 */
export const ServiceDetailsForm = z
  .object({
    slug: z.string().min(1).max(80),
    timeLimitDays: z.coerce
      .number({ error: "timeLimit" })
      .int({ error: "timeLimit" })
      .min(0, { error: "timeLimit" })
      .max(365, { error: "timeLimit" }),
    online: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    local: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    unitIds: z.array(z.coerce.number().int().positive()).max(100).default([]),
    materialNameZh: rowList,
    materialNameEn: rowList,
    materialForm: z
      .array(z.enum(materialForms, { error: "materialRow" }))
      .max(maxMaterials)
      .default([]),
    materialCount: rowList,
  })
  .transform((d, ctx) => {
    const materials = d.materialNameZh.flatMap((zh, i) => {
      const nameZh = zh.trim();
      const nameEn = (d.materialNameEn[i] ?? "").trim();
      if (!nameZh && !nameEn) return [];
      const count = Number(d.materialCount[i] ?? "1");
      const form = d.materialForm[i];
      if (!nameZh || !nameEn || !form || !Number.isInteger(count) || count < 1 || count > 20) {
        ctx.addIssue({ code: "custom", path: ["materials"], message: "materialRow" });
        return [];
      }
      return [{ nameZh, nameEn, form, count }];
    });
    if (!d.local && d.unitIds.length === 0) ctx.addIssue({ code: "custom", path: ["unitIds"], message: "chooseUnits" });
    return { slug: d.slug, timeLimitDays: d.timeLimitDays, online: d.online, local: d.local, unitIds: [...new Set(d.unitIds)], materials };
  });
export type ServiceDetailsForm = z.infer<typeof ServiceDetailsForm>;
