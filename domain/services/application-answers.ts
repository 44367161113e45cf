import "server-only";

import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { requests, services } from "@/db/schema";

import type { Ctx } from "../context";
import { loadForStaff } from "../requests/staff/scope";
import { FieldDefinition } from "./field-definition";

/**
 * An application's answers, labelled by its service's form, for the staff
 * member handling it: the one place the ID number is shown whole.
 */
export async function getApplicationAnswers(ctx: Ctx, trackingNumber: string): Promise<{ name: string; label: string; value: string }[]> {
  const db = await getDb();
  const request = await loadForStaff(db, ctx, trackingNumber);
  if (request.kind !== "application") return [];
  const [row] = await db
    .select({ fields: services.fields, formData: requests.formData })
    .from(requests)
    .innerJoin(services, eq(services.id, requests.serviceId))
    .where(eq(requests.id, request.id));
  if (!row) return [];
  const fields = FieldDefinition.safeParse(row.fields);
  const answers = ((row.formData as { answers?: Record<string, unknown> } | null)?.answers ?? {}) as Record<string, unknown>;
  const en = ctx.locale === "en";
  return (fields.success ? fields.data : []).map((field) => {
    const value = answers[field.name];
    const text = Array.isArray(value) ? value.join(", ") : String(value ?? "");
    const option = field.type === "choice" ? field.options.find((o) => o.value === text) : undefined;
    return { name: field.name, label: en ? field.labelEn : field.labelZh, value: option ? (en ? option.labelEn : option.labelZh) : text };
  });
}
