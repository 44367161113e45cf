import "server-only";

import { asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import { getDb } from "@/db/client";
import { services, serviceUnits, units } from "@/db/schema";
import { titlePinyin } from "@/lib/core/pinyin";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { unitsForTriage } from "../requests/staff/responsible-officer";
import { parseForm } from "../validation";
import { serviceForEditor } from "./edit-services";
import { FieldDefinition } from "./field-definition";
import { NewServiceForm, ServiceDetailsForm } from "./service-forms";

const uniqueViolation = (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === "23505";

/** Creates a service, unpublished, with no form and no guide yet: staff complete it before publishing it. Audited. */
export async function createService(ctx: Ctx, input: z.input<typeof NewServiceForm>): Promise<{ slug: string }> {
  requirePermission(ctx, "service.edit");
  const form = parseForm(NewServiceForm, input);
  const db = await getDb();
  try {
    return await changing(db, ["services"], async (tx) => {
      await tx.insert(services).values({ ...form, searchPinyin: titlePinyin(form.titleZh), timeLimitDays: 0, sort: 1000 });
      await recordAudit(tx, ctx, { action: "service.create", entity: "service", entityId: form.slug, detail: { category: form.category } });
      return { slug: form.slug };
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new ValidationError({ slug: "serviceSlugTaken" });
    throw error;
  }
}

/** A service's materials, time limit, handling units and how it is applied for, as its editor shows them. */
export async function getServiceDetails(ctx: Ctx, slug: string) {
  const service = await serviceForEditor(ctx, slug);
  const db = await getDb();
  const handling = await db
    .select({ unitId: serviceUnits.unitId })
    .from(serviceUnits)
    .where(eq(serviceUnits.serviceId, service.id))
    .orderBy(asc(serviceUnits.sort));
  return {
    timeLimitDays: service.timeLimitDays,
    online: service.online,
    local: service.local,
    materials: service.materials,
    unitIds: handling.map((h) => h.unitId),
    // Every unit, for the list the handling units are chosen from.
    units: await unitsForTriage(db),
  };
}

/**
 * Saves what a service needs and where it is handled: materials, the legal
 * time limit, the handling units (in the order chosen), local or not, online
 * or not. An online service needs an application form first. Audited.
 */
export async function saveServiceDetails(ctx: Ctx, input: z.input<typeof ServiceDetailsForm>): Promise<void> {
  requirePermission(ctx, "service.edit");
  const form = parseForm(ServiceDetailsForm, input);
  const db = await getDb();
  await changing(db, ["services"], async (tx) => {
    const [service] = await tx
      .select({ id: services.id, fields: services.fields })
      .from(services)
      .where(eq(services.slug, form.slug))
      .for("update");
    if (!service) throw new NotFoundError("service");
    const definition = FieldDefinition.safeParse(service.fields);
    if (form.online && (!definition.success || definition.data.length === 0)) throw new ValidationError({ online: "onlineNeedsForm" });
    const known = form.unitIds.length ? await tx.select({ id: units.id }).from(units).where(inArray(units.id, form.unitIds)) : [];
    if (known.length !== form.unitIds.length) throw new ValidationError({ unitIds: "unknownUnit" });
    await tx
      .update(services)
      .set({ timeLimitDays: form.timeLimitDays, online: form.online, local: form.local, materials: form.materials, updatedAt: new Date() })
      .where(eq(services.id, service.id));
    await tx.delete(serviceUnits).where(eq(serviceUnits.serviceId, service.id));
    if (form.unitIds.length) {
      await tx.insert(serviceUnits).values(form.unitIds.map((unitId, sort) => ({ serviceId: service.id, unitId, sort })));
    }
    await recordAudit(tx, ctx, {
      action: "service.edit_details",
      entity: "service",
      entityId: form.slug,
      detail: {
        timeLimitDays: form.timeLimitDays,
        online: form.online,
        local: form.local,
        units: form.unitIds,
        materials: form.materials.length,
      },
    });
  });
}
