import "server-only";

import { and, asc, eq, ilike, inArray, or, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { requests, services, serviceUnits, units, type Service } from "@/db/schema";
import { serviceCategories, type ServiceCategory } from "@/lib/core/values";

import { cached } from "../cache";
import type { Ctx } from "../context";
import { compactPinyin, escapeLike } from "../directory/search";
import { NotFoundError } from "../errors";
import { requirePermission } from "../permissions";

/** One catalogue entry, in the page's language. */
export type ServiceEntry = { slug: string; category: ServiceCategory; title: string; summary: string; online: boolean };

const entry = (
  s: Pick<Service, "slug" | "category" | "titleZh" | "titleEn" | "summaryZh" | "summaryEn" | "online">,
  en: boolean,
): ServiceEntry => ({
  slug: s.slug,
  category: s.category,
  title: en ? s.titleEn : s.titleZh,
  summary: en ? s.summaryEn : s.summaryZh,
  online: s.online,
});

const entryColumns = {
  slug: services.slug,
  category: services.category,
  titleZh: services.titleZh,
  titleEn: services.titleEn,
  summaryZh: services.summaryZh,
  summaryEn: services.summaryEn,
  online: services.online,
};
const USE_ORDER_MS = 5 * 60_000;

/**
 * The published catalogue by category, or the services matching a search:
 * title in either language, keywords, or pinyin and initials ("juzhu", "jzz").
 */
export async function listServices(ctx: Ctx, { q = "" }: { q?: string } = {}) {
  const query = q.trim().slice(0, 50);
  const db = await getDb();
  const contains = `%${escapeLike(query)}%`;
  const pinyin = compactPinyin(query);
  const match = query
    ? or(
        ilike(services.titleZh, contains),
        ilike(services.titleEn, contains),
        ilike(services.keywords, contains),
        /^[a-z]+$/.test(pinyin) ? ilike(services.searchPinyin, `%${pinyin}%`) : undefined,
      )
    : undefined;
  const rows = await db
    .select()
    .from(services)
    .where(and(eq(services.published, true), match))
    .orderBy(asc(services.sort), asc(services.id));
  const en = ctx.locale === "en";
  const entries = rows.map((r) => entry(r, en));
  return {
    q: query,
    total: entries.length,
    categories: serviceCategories
      .map((category) => ({ category, services: entries.filter((s) => s.category === category) }))
      .filter((c) => c.services.length > 0),
  };
}

/** The published services residents apply for most (applications in the last 90 days), then the catalogue's order. */
export async function mostUsedServices(ctx: Ctx, limit = 6): Promise<ServiceEntry[]> {
  // Kept until staff change a service; the order by use, which residents' applications move, for a few minutes at most.
  const rows = await cached(
    "services",
    `most-used:${limit}`,
    async () => {
      const db = await getDb();
      const used = sql<number>`(select count(*) from ${requests} where ${requests.serviceId} = ${services.id} and ${requests.createdAt} > now() - interval '90 days')`;
      return db
        .select(entryColumns)
        .from(services)
        .where(eq(services.published, true))
        .orderBy(sql`${used} desc`, asc(services.sort))
        .limit(limit);
    },
    () => Date.now() + USE_ORDER_MS,
  );
  return rows.map((r) => entry(r, ctx.locale === "en"));
}

/** A published service's whole guide, with the units that handle it (address, hours, duty phone). */
export async function getServiceGuide(ctx: Ctx, slug: string) {
  const db = await getDb();
  const [service] = await db
    .select()
    .from(services)
    .where(and(eq(services.slug, slug.slice(0, 80)), eq(services.published, true)));
  if (!service) throw new NotFoundError("service");
  const handling = await db
    .select({ unit: units })
    .from(serviceUnits)
    .innerJoin(units, eq(units.id, serviceUnits.unitId))
    .where(inArray(serviceUnits.serviceId, [service.id]))
    .orderBy(asc(serviceUnits.sort));
  const en = ctx.locale === "en";
  return {
    ...entry(service, en),
    id: service.id,
    eligibility: en ? service.eligibilityEn : service.eligibilityZh,
    materials: service.materials.map((m) => ({ name: en ? m.nameEn : m.nameZh, form: m.form, count: m.count })),
    steps: service.steps.map((s) => (en ? s.en : s.zh)),
    timeLimitDays: service.timeLimitDays,
    fee: en ? service.feeEn : service.feeZh,
    local: service.local,
    legalBasis: en ? service.legalBasisEn : service.legalBasisZh,
    fields: service.fields,
    units: handling.map(({ unit }) => ({
      slug: unit.slug,
      name: en ? unit.nameEn : unit.nameZh,
      address: en ? unit.addressEn : unit.addressZh,
      hours: en ? unit.hoursEn : unit.hoursZh,
      dutyPhone: unit.dutyPhone,
    })),
  };
}
export type ServiceGuide = Awaited<ReturnType<typeof getServiceGuide>>;

/** Every service by name, for the staff queue's service filter. */
export async function listServiceChoices(ctx: Ctx): Promise<{ id: number; name: string }[]> {
  requirePermission(ctx, "request.view");
  const db = await getDb();
  const rows = await db
    .select({ id: services.id, titleZh: services.titleZh, titleEn: services.titleEn })
    .from(services)
    .orderBy(asc(services.sort), asc(services.id));
  return rows.map((r) => ({ id: r.id, name: ctx.locale === "en" ? r.titleEn : r.titleZh }));
}
