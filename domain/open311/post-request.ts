import "server-only";

import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { areas } from "@/db/schema";

import type { Ctx } from "../context";
import { ForbiddenError, ValidationError } from "../errors";
import type { Receipt } from "../requests/insert-request";
import { submitFeedback } from "../requests/submit-feedback";
import { submitApplication } from "../services/submit-application";
import { spendApiKey } from "./api-keys";
import { open311Service, type Open311Service } from "./catalogue";

/** A POST to requests, as its form fields arrive (attribute[code] values under `attributes`). */
export type Open311Post = {
  apiKey: string;
  jurisdictionId?: string;
  serviceCode: string;
  description?: string;
  addressString?: string;
  addressId?: string;
  email?: string;
  phone?: string;
  firstName?: string;
  lastName?: string;
  attributes: Record<string, string>;
};

/** Refused for the key: the route answers 403 in Open311's error format. */
export class ApiKeyRefusedError extends ForbiddenError {}

// Our form fields by the Open311 parameter a client sent them in: a refusal names what the client sent.
const problemParams: Record<string, string> = {
  subject: "attribute[subject]",
  danger: "attribute[danger]",
  consentToPublish: "attribute[consent_to_publish]",
  body: "description",
  areaName: "address_string",
  contactName: "first_name",
  contactPhone: "phone",
  contactEmail: "email",
  category: "service_code",
};
const applicationParams: Record<string, string> = { contactName: "first_name", contactPhone: "phone", contactEmail: "email" };

function renamed(error: unknown, names: (field: string) => string): never {
  if (!(error instanceof ValidationError)) throw error;
  throw new ValidationError(Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [names(field), key])));
}

/** The village or community an address names: address_id is its number, address_string its name. */
async function areaName(post: Open311Post): Promise<string> {
  if (!post.addressId) return (post.addressString ?? "").trim();
  const id = Number(post.addressId);
  const db = await getDb();
  const [area] = Number.isSafeInteger(id) && id > 0 ? await db.select({ nameZh: areas.nameZh }).from(areas).where(eq(areas.id, id)) : [];
  if (!area) throw new ValidationError({ address_id: "unknownArea" });
  return area.nameZh;
}

function submit(ctx: Ctx, service: Open311Service, post: Open311Post, area: string, contactName: string): Promise<Receipt> {
  const idempotencyKey = randomBytes(18).toString("base64url");
  const contact = { contactName, contactPhone: post.phone ?? "", contactEmail: post.email ?? "" };
  if (service.kind === "problem") {
    return submitFeedback(ctx, {
      topic: "problem",
      category: service.category,
      subject: post.attributes.subject ?? "",
      danger: (post.attributes.danger || undefined) as "yes" | "no" | undefined,
      consentToPublish: post.attributes.consent_to_publish === "yes",
      body: post.description ?? "",
      areaName: area,
      idempotencyKey,
      ...contact,
    }).catch((error: unknown) => renamed(error, (field) => problemParams[field] ?? field));
  }
  const areaField = service.fields.find((f) => f.type === "area");
  const answers = Object.fromEntries(service.fields.filter((f) => f.type !== "file").map((f) => [f.name, post.attributes[f.name] ?? ""]));
  if (areaField) answers[areaField.name] = area;
  return submitApplication(ctx, service.slug, { ...answers, ...contact, idempotencyKey }).catch((error: unknown) =>
    renamed(
      error,
      (field) =>
        applicationParams[field] ??
        (field === areaField?.name ? (post.addressId ? "address_id" : "address_string") : `attribute[${field}]`),
    ),
  );
}

/**
 * A request posted by another application with a live key. It goes in
 * through the same function as the web form (validation, routing, deadlines,
 * the resident's notification); the key's use is counted and held to its
 * hourly limit, which takes the place of the per-address limit a browser has
 * (a client's server posts for many residents from one address).
 */
export async function postOpen311Request(ctx: Ctx, post: Open311Post, jurisdiction: string): Promise<Receipt> {
  const key = await spendApiKey(await getDb(), post.apiKey);
  if (!key) throw new ApiKeyRefusedError("api_key");
  if (post.jurisdictionId && post.jurisdictionId !== jurisdiction) throw new ValidationError({ jurisdiction_id: "unknownJurisdiction" });
  if (!post.serviceCode) throw new ValidationError({ service_code: "required" });
  const service = await open311Service(post.serviceCode);
  // Family name first in Chinese, given name first in English.
  const parts = [post.firstName, post.lastName].map((part) => (part ?? "").trim()).filter(Boolean);
  const contactName = ctx.locale === "en" ? parts.join(" ") : parts.reverse().join("");
  return submit({ ...ctx, ip: null, actor: null }, service, post, await areaName(post), contactName);
}
