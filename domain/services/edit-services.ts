import "server-only";

import { asc, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { services } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { can, requirePermission } from "../permissions";
import { parseForm } from "../validation";
import { guideTexts } from "./edit-guide";
import { FieldDefinition, parseFieldDefinition } from "./field-definition";

/** Every service, published or not, for the staff catalogue. */
export async function listServicesForStaff(ctx: Ctx) {
  requirePermission(ctx, "service.edit");
  const db = await getDb();
  return db
    .select({
      slug: services.slug,
      titleZh: services.titleZh,
      titleEn: services.titleEn,
      category: services.category,
      online: services.online,
      published: services.published,
    })
    .from(services)
    .orderBy(asc(services.sort), asc(services.id));
}

/** The service row behind an editor's page, for staff who may edit services; NotFoundError when there is none. */
export async function serviceForEditor(ctx: Ctx, slug: string): Promise<typeof services.$inferSelect> {
  requirePermission(ctx, "service.edit");
  const db = await getDb();
  const [service] = await db
    .select()
    .from(services)
    .where(eq(services.slug, slug.slice(0, 80)));
  if (!service) throw new NotFoundError("service");
  return service;
}

/** One service as its editor shows it: its guide in both languages, its form definition, published or not. */
export async function getServiceForStaff(ctx: Ctx, slug: string) {
  const service = await serviceForEditor(ctx, slug);
  // Saved definitions were checked when saved; one that no longer parses shows no preview.
  const parsed = FieldDefinition.safeParse(service.fields);
  return {
    slug: service.slug,
    titleZh: service.titleZh,
    titleEn: service.titleEn,
    published: service.published,
    online: service.online,
    fields: parsed.success ? parsed.data : [],
    definition: JSON.stringify(service.fields, null, 2),
    guide: guideTexts(service),
  };
}

/** Whether a service's editor page exists, for the page guard's status code. */
export async function staffServiceExists(ctx: Ctx, slug: string): Promise<boolean> {
  if (!can(ctx, "service.edit")) return true;
  const db = await getDb();
  const [row] = await db
    .select({ slug: services.slug })
    .from(services)
    .where(eq(services.slug, slug.slice(0, 80)));
  return row !== undefined;
}

export const PublishServiceForm = z.object({
  slug: z.string().min(1).max(80),
  published: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Publishes or unpublishes a service: an unpublished one leaves the catalogue and takes no applications. */
export async function setServicePublished(ctx: Ctx, input: z.input<typeof PublishServiceForm>): Promise<void> {
  requirePermission(ctx, "service.edit");
  const form = parseForm(PublishServiceForm, input);
  const db = await getDb();
  await changing(db, ["services"], async (tx) => {
    const [changed] = await tx
      .update(services)
      .set({ published: form.published, updatedAt: new Date() })
      .where(eq(services.slug, form.slug))
      .returning({ slug: services.slug });
    if (!changed) throw new NotFoundError("service");
    await recordAudit(tx, ctx, {
      action: form.published ? "service.publish" : "service.unpublish",
      entity: "service",
      entityId: form.slug,
    });
  });
}

export const ServiceDefinitionForm = z.object({ slug: z.string().min(1).max(80), fields: z.string().max(100_000, { error: "tooLong" }) });

/**
 * Saves a service's form definition, given as JSON. A definition that does not
 * validate is refused, with the reasons (field by field) for the editor to show.
 */
export async function saveServiceDefinition(ctx: Ctx, input: z.input<typeof ServiceDefinitionForm>): Promise<void> {
  requirePermission(ctx, "service.edit");
  const form = parseForm(ServiceDefinitionForm, input);
  const parsed = parseFieldDefinition(form.fields);
  if (!parsed.ok) throw new DefinitionRefusedError(parsed.reasons);
  const db = await getDb();
  await changing(db, ["services"], async (tx) => {
    const [changed] = await tx
      .update(services)
      .set({ fields: parsed.fields, updatedAt: new Date() })
      .where(eq(services.slug, form.slug))
      .returning({ slug: services.slug });
    if (!changed) throw new NotFoundError("service");
    await recordAudit(tx, ctx, {
      action: "service.edit_form",
      entity: "service",
      entityId: form.slug,
      detail: { fields: parsed.fields.length },
    });
  });
}

/** A definition refused: a field error for the form, with the reasons the editor lists. */
export class DefinitionRefusedError extends ValidationError {
  constructor(readonly reasons: string[]) {
    super({ fields: "fieldDefinition" });
  }
}
