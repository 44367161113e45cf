import "server-only";

import { and, asc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { services, serviceUnits, type Service } from "@/db/schema";

import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { accessCodeFor } from "../requests/access-codes";
import { deadlinesIn } from "../requests/deadlines";
import { insertRequest, type Receipt } from "../requests/insert-request";
import { areaByName } from "../requests/resolve-concerned";
import { checkUploads, type CheckedUpload, type Upload } from "../requests/uploads";
import { parseForm } from "../validation";
import { applicationSchema } from "./application-schema";
import { FieldDefinition, type FieldSpec } from "./field-definition";
import { maskIdCard } from "./id-card";

/** A published service that takes applications on this site, with its form. */
export async function applicableService(slug: string): Promise<{ service: Service; fields: FieldSpec[] }> {
  const db = await getDb();
  const [service] = await db
    .select()
    .from(services)
    .where(and(eq(services.slug, slug.slice(0, 80)), eq(services.published, true), eq(services.online, true)));
  if (!service) throw new NotFoundError("service");
  return { service, fields: FieldDefinition.parse(service.fields) };
}

/** The form of a service that takes applications online: what its page and its action build the form's schema from. */
export async function applicationFields(slug: string): Promise<FieldSpec[]> {
  return (await applicableService(slug)).fields;
}

/** Each file field's uploads, checked by their bytes; a refusal names the field. */
function checkFileFields(fields: FieldSpec[], uploads: Record<string, Upload[]>): Map<string, CheckedUpload[]> {
  const checked = new Map<string, CheckedUpload[]>();
  const errors: Record<string, string> = {};
  for (const field of fields.filter((f) => f.type === "file")) {
    try {
      checked.set(field.name, checkUploads(uploads[field.name] ?? []));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors[field.name] = Object.values(error.fieldErrors)[0] ?? "fileType";
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return checked;
}

/**
 * A resident applies for a service online. The form is checked by the schema
 * built from the service's field definition (the one the browser used), the
 * files by their bytes; the application is routed to the village's station
 * for a local service, else to the service's first unit; the deadline is the
 * service's legal time limit in working days. Idempotent like feedback.
 */
export async function submitApplication(
  ctx: Ctx,
  slug: string,
  input: Record<string, unknown>,
  uploads: Record<string, Upload[]> = {},
): Promise<Receipt> {
  const { service, fields } = await applicableService(slug);
  // The files reach the schema as they do in the browser, so the one schema checks that required ones are there.
  const withFiles = {
    ...input,
    ...Object.fromEntries(Object.entries(uploads).map(([name, list]) => [name, list.map((u) => new Blob([new Uint8Array(u.bytes)]))])),
  };
  const form = parseForm(applicationSchema(fields), withFiles) as Record<string, unknown> & {
    contactName: string;
    contactPhone: string;
    contactEmail: string;
    idempotencyKey: string;
  };
  const files = checkFileFields(fields, uploads);
  const areaField = fields.find((f) => f.type === "area");
  const areaName = areaField ? String(form[areaField.name] ?? "") : "";
  const area = areaName ? await areaByName(areaName) : undefined;
  if (areaField && areaName && !area) throw new ValidationError({ [areaField.name]: "unknownArea" });
  const db = await getDb();
  const [firstUnit] = await db
    .select({ unitId: serviceUnits.unitId })
    .from(serviceUnits)
    .where(eq(serviceUnits.serviceId, service.id))
    .orderBy(asc(serviceUnits.sort))
    .limit(1);
  const unitId = service.local ? (area?.unitId ?? null) : (firstUnit?.unitId ?? null);

  const answers: Record<string, unknown> = {};
  const lines: string[] = [];
  const en = ctx.locale === "en";
  for (const field of fields) {
    const label = en ? field.labelEn : field.labelZh;
    if (field.type === "file") {
      const names = (files.get(field.name) ?? []).map((f) => f.fileName);
      answers[field.name] = names;
      if (names.length) lines.push(`${label}: ${names.join(", ")}`);
      continue;
    }
    const value = String(form[field.name] ?? "");
    answers[field.name] = value;
    // The body is shown beyond the staff detail: an ID number in it is masked.
    if (value) lines.push(`${label}: ${field.type === "idCard" ? maskIdCard(value) : value}`);
  }
  const { deadlineAt, firstResponseDueAt } = await deadlinesIn(service.timeLimitDays);
  return insertRequest(ctx, "application", {
    idempotencyKey: form.idempotencyKey,
    accessCode: accessCodeFor(form.idempotencyKey),
    files: [...files.values()].flat(),
    values: {
      serviceId: service.id,
      formData: { service: service.slug, answers },
      areaId: area?.id ?? null,
      unitId,
      subject: en ? service.titleEn : service.titleZh,
      body: lines.join("\n"),
      contactName: form.contactName,
      contactPhone: form.contactPhone,
      contactEmail: form.contactEmail,
      accountId: ctx.actor?.role === "resident" ? ctx.actor.userId : null,
      locale: ctx.locale,
      deadlineAt,
      firstResponseDueAt,
    },
  });
}
