import { z } from "zod";

import { areaKinds, badgePattern, slugPattern, unitKinds } from "@/lib/core/values";

// Messages are keys under "errors" in messages/*.json.

/** Spaces, dashes and brackets people type inside numbers are not part of them. */
export function compactPhone(value: string): string {
  return value.replace(/[\s()（）]/g, "").replace(/－/g, "-");
}

const MOBILE = /^1[3-9]\d{9}$/;
// Area code (3–4 digits from 0), local number (7–8 digits), optional extension.
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export const isMobile = (value: string) => MOBILE.test(value);
export const isLandline = (value: string) => LANDLINE.test(value);

/** A Chinese mobile number, or a landline with area code; empty allowed when optional. */
export const phoneField = (kind: "mobile" | "landline" | "any", { optional = true } = {}) =>
  z
    .string()
    .trim()
    .transform(compactPhone)
    .refine((v) => (optional && v === "") || (kind !== "landline" && isMobile(v)) || (kind !== "mobile" && isLandline(v)), {
      error: kind === "mobile" ? "mobile" : kind === "landline" ? "landline" : "phone",
    });

const text = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");

export const BadgeNumber = z.string().trim().regex(badgePattern, { error: "badge" });

/** Display pinyin, e.g. "Wang Jianguo": letters (ü allowed) and spaces; left empty, it is made from the hanzi. */
const Pinyin = z
  .string()
  .trim()
  .max(80, { error: "tooLong" })
  .regex(/^[A-Za-zÜüÀ-ÿāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ' -]*$/, { error: "pinyin" })
  .default("");

const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const OfficerForm = z.object({
  badgeNumber: BadgeNumber,
  nameZh: text(40),
  namePinyin: Pinyin,
  titleZh: text(60),
  titleEn: text(100),
  unitId: z.coerce.number({ error: "required" }).int().positive({ error: "required" }),
  phone: phoneField("mobile"),
  officePhone: phoneField("landline"),
  leadershipRank: z
    .union([z.literal(""), z.coerce.number().int().min(1, { error: "rank" }).max(99, { error: "rank" })])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  published: checkbox,
  sort: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type OfficerForm = z.infer<typeof OfficerForm>;

export const UnitForm = z.object({
  slug: z.string().trim().min(1, { error: "required" }).max(80, { error: "tooLong" }).regex(slugPattern, { error: "slug" }),
  nameZh: text(60),
  nameEn: text(120),
  kind: z.enum(unitKinds, { error: "required" }),
  rural: checkbox,
  parentId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  addressZh: optionalText(200),
  addressEn: optionalText(300),
  dutyPhone: phoneField("any"),
  hoursZh: optionalText(100),
  hoursEn: optionalText(150),
  sort: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type UnitForm = z.infer<typeof UnitForm>;

export const AreaForm = z.object({
  unitId: z.coerce.number({ error: "required" }).int().positive({ error: "required" }),
  nameZh: text(40),
  nameEn: text(100),
  namePinyin: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.replace(/\s+/g, ""))
    // Left empty, it is made from the hanzi.
    .pipe(
      z
        .string()
        .max(80, { error: "tooLong" })
        .regex(/^[a-zü]*$/, { error: "pinyin" }),
    )
    .default(""),
  kind: z.enum(areaKinds, { error: "required" }),
  responsibleOfficerId: z
    .union([z.literal(""), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
});
export type AreaForm = z.infer<typeof AreaForm>;

export const AssignAreasForm = z.object({
  areaIds: z.array(z.coerce.number().int().positive()).min(1, { error: "chooseAreas" }).max(5000),
  responsibleOfficerId: z.coerce.number({ error: "required" }).int().positive({ error: "required" }),
});
export type AssignAreasForm = z.infer<typeof AssignAreasForm>;
