import { z } from "zod";

import { reservedFieldNames } from "./application-schema";

// A service's application form, as data: the moderator edits it as JSON on
// /staff/services, this schema checks it when saved, and application-schema.ts
// builds the form's own schema from it. No db import: the browser uses it too.

export const fieldTypes = ["text", "longText", "date", "choice", "idCard", "phone", "area", "file"] as const;
export type FieldType = (typeof fieldTypes)[number];

const label = z.string().trim().min(1).max(120);
const hint = z.string().trim().max(300).optional();

const base = {
  // What the answer is stored under in the request's form_data.
  name: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/, { error: "a name is a lower-case letter, then letters or digits (at most 40)" }),
  labelZh: label,
  labelEn: label,
  hintZh: hint,
  hintEn: hint,
  required: z.boolean().default(true),
};

const choiceOption = z.object({
  value: z.string().regex(/^[a-z0-9_-]{1,40}$/, { error: "an option's value is lower-case letters, digits, _ or -" }),
  labelZh: label,
  labelEn: label,
});

export const FieldSpec = z.discriminatedUnion("type", [
  z.object({ ...base, type: z.literal("text"), maxLength: z.number().int().min(1).max(500).default(100) }).strict(),
  z.object({ ...base, type: z.literal("longText"), maxLength: z.number().int().min(1).max(4000).default(2000) }).strict(),
  // "past": a date of birth or of an event; "future": a date of travel or of an event to come.
  z.object({ ...base, type: z.literal("date"), when: z.enum(["past", "future", "any"]).default("any") }).strict(),
  z
    .object({
      ...base,
      type: z.literal("choice"),
      options: z
        .array(choiceOption)
        .min(2, { error: "a choice needs at least two options" })
        .max(20)
        .refine((options) => new Set(options.map((o) => o.value)).size === options.length, { error: "option values must differ" }),
    })
    .strict(),
  z.object({ ...base, type: z.literal("idCard") }).strict(),
  z.object({ ...base, type: z.literal("phone") }).strict(),
  // The resident's village or community: local services are routed to its station.
  z.object({ ...base, type: z.literal("area") }).strict(),
  // A required material uploaded as a photo or PDF, checked by its bytes on arrival.
  z.object({ ...base, type: z.literal("file") }).strict(),
]);
export type FieldSpec = z.infer<typeof FieldSpec>;

export const FieldDefinition = z
  .array(FieldSpec)
  .max(30, { error: "at most 30 fields" })
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((field, index) => {
      if (reservedFieldNames.includes(field.name)) {
        ctx.addIssue({ code: "custom", path: [index, "name"], message: `the name "${field.name}" is the form's own` });
      }
      if (seen.has(field.name)) ctx.addIssue({ code: "custom", path: [index, "name"], message: `the name "${field.name}" is used twice` });
      seen.add(field.name);
    });
    if (fields.filter((f) => f.type === "area").length > 1)
      ctx.addIssue({ code: "custom", message: "at most one village/community field" });
  });
export type FieldDefinition = z.infer<typeof FieldDefinition>;

/** A definition read from JSON text, or the reasons it is refused (one line each, with where). */
export function parseFieldDefinition(json: string): { ok: true; fields: FieldDefinition } | { ok: false; reasons: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, reasons: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = FieldDefinition.safeParse(value);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, reasons: parsed.error.issues.map((issue) => `${issue.path.join(".") || "definition"}: ${issue.message}`) };
}
