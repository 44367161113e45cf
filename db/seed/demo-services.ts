import { inArray } from "drizzle-orm";

import { titlePinyin } from "@/lib/core/pinyin";

import type { Tx } from "../client";
import { services, serviceUnits, units } from "../schema";
import { demoServiceForms } from "./demo-service-forms";
import type { DemoService } from "./demo-service-types";
import { householdServices } from "./demo-services-household";
import { otherServices } from "./demo-services-other";

export const demoServices: DemoService[] = [...householdServices, ...otherServices];

/** The demo service hall: every guide published, the ones with a form online. */
export async function insertDemoServices(tx: Tx): Promise<void> {
  const slugs = [...new Set(demoServices.flatMap((s) => (s.units === "local" ? [] : s.units)))];
  const unitRows = await tx.select({ id: units.id, slug: units.slug }).from(units).where(inArray(units.slug, slugs));
  const unitIds = new Map(unitRows.map((u) => [u.slug, u.id]));
  const rows = await tx
    .insert(services)
    .values(
      demoServices.map((s, index) => ({
        slug: s.slug,
        category: s.category,
        titleZh: s.title[0],
        titleEn: s.title[1],
        summaryZh: s.summary[0],
        summaryEn: s.summary[1],
        eligibilityZh: s.eligibility[0],
        eligibilityEn: s.eligibility[1],
        keywords: s.keywords,
        searchPinyin: titlePinyin(s.title[0]),
        online: s.slug in demoServiceForms,
        materials: s.materials.map(([nameZh, nameEn, form, count]) => ({ nameZh, nameEn, form, count })),
        steps: s.steps.map(([zh, en]) => ({ zh, en })),
        timeLimitDays: s.timeLimitDays,
        feeZh: s.fee?.[0] ?? "",
        feeEn: s.fee?.[1] ?? "",
        local: s.units === "local",
        legalBasisZh: s.legalBasis[0],
        legalBasisEn: s.legalBasis[1],
        fields: demoServiceForms[s.slug] ?? [],
        published: true,
        sort: index,
      })),
    )
    .returning({ id: services.id, slug: services.slug });
  const links = rows.flatMap((row) => {
    const service = demoServices.find((s) => s.slug === row.slug)!;
    if (service.units === "local") return [];
    return service.units.map((slug, sort) => ({ serviceId: row.id, unitId: unitIds.get(slug)!, sort }));
  });
  if (links.length) await tx.insert(serviceUnits).values(links);
}
