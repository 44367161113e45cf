import { z } from "zod";

import { tokenPattern } from "@/lib/core/values";

import { compactPhone, isLandline, isMobile } from "../directory/schemas";
import { localDate } from "../requests/working-days";
import type { FieldDefinition, FieldSpec } from "./field-definition";
import { isValidIdCard, normalizeIdCard } from "./id-card";

// Messages are keys under "errors" in messages/*.json.

/** The contact fields every application has, before the service's own fields. */
export const contactFieldNames = ["contactName", "contactPhone", "contactEmail"] as const;
/** Names a definition may not use: the form's own fields. */
export const reservedFieldNames: readonly string[] = [...contactFieldNames, "idempotencyKey", "intent"];

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** A file input's value as forms read it (lib/form-data.ts): one file, several, or nothing. */
const isFile = (value: unknown) => typeof Blob !== "undefined" && value instanceof Blob && value.size > 0;

/** Text fields: trimmed, "" when left empty and optional. */
function textSchema(required: boolean, max: number) {
  const checked = z.string().trim().max(max, { error: "tooLong" });
  return required ? checked.min(1, { error: "required" }) : checked.default("");
}

/** Lets an optional field be left empty ("" or missing), and checks it otherwise. */
function emptyOr<T extends z.ZodType<string, string>>(required: boolean, check: T) {
  const trimmed = z.string().trim();
  if (required) return trimmed.min(1, { error: "required" }).pipe(check);
  return trimmed.default("").pipe(z.union([z.literal(""), check]));
}

function fieldSchema(field: FieldSpec, today: string): z.ZodType {
  switch (field.type) {
    case "text":
    case "longText":
      return textSchema(field.required, field.maxLength);
    case "date":
      return emptyOr(
        field.required,
        z
          .string()
          .refine(isCalendarDate, { error: "calendarDate" })
          .refine((v) => field.when !== "past" || v <= today, { error: "datePast" })
          .refine((v) => field.when !== "future" || v >= today, { error: "dateFuture" }),
      );
    case "choice": {
      const values = field.options.map((o) => o.value) as [string, ...string[]];
      return emptyOr(field.required, z.enum(values, { error: "chooseOne" }));
    }
    case "idCard":
      return emptyOr(
        field.required,
        z
          .string()
          .transform(normalizeIdCard)
          .refine((v) => isValidIdCard(v), { error: "idCard" }),
      );
    case "phone":
      return emptyOr(
        field.required,
        z
          .string()
          .transform(compactPhone)
          .refine((v) => isMobile(v) || isLandline(v), { error: "phone" }),
      );
    case "area":
      // Its name as typed (hanzi, pinyin or English), as on the feedback form; the server finds it.
      return emptyOr(field.required, z.string().max(40, { error: "tooLong" }));
    case "file": {
      const files = z.unknown().transform((v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]).filter(isFile) as Blob[]);
      return field.required ? files.refine((list) => list.length > 0, { error: "fileRequired" }) : files;
    }
  }
}

/**
 * The one schema for an application to a service, built from its field
 * definition: the browser's form checks with it (react-hook-form) and the
 * server parses with it. Contact details come first, then the service's own
 * fields in their order. `today` (year-month-day, local) is for date fields.
 */
export function applicationSchema(fields: FieldDefinition, { today = localDate(new Date()) } = {}) {
  const shape: Record<string, z.ZodType> = {
    contactName: textSchema(true, 60),
    contactPhone: emptyOr(
      true,
      z
        .string()
        .transform(compactPhone)
        .refine((v) => isMobile(v) || isLandline(v), { error: "phone" }),
    ),
    contactEmail: z.union([z.literal(""), z.email({ error: "email" })]).default(""),
    idempotencyKey: z.string().regex(tokenPattern, { error: "expired" }),
  };
  for (const field of fields) shape[field.name] = fieldSchema(field, today);
  return z.object(shape);
}
export type ApplicationInput = Record<string, unknown>;
