import "server-only";

import { asc, eq, sql } from "drizzle-orm";

import type { Db } from "@/db/client";
import { services, serviceUnits, units } from "@/db/schema";

import { defineDataset, once } from "../dataset";

/** The published service catalogue: what each service is, its time limit and fee, and where to go. */
export const servicesDataset = defineDataset({
  id: "services",
  title: { en: "Service catalogue", zh: "办事服务目录" },
  description: {
    en: "Published police services: category, time limit, fee, whether they can be applied for online, and the units that handle them.",
    zh: "已发布的公安办事服务：类别、办理时限、收费、能否网上申请及办理单位。",
  },
  dependsOn: ["services", "directory"],
  batches: (db: Db) => {
    const handledBy = db.$with("handled_by").as(
      db
        .select({
          serviceId: serviceUnits.serviceId,
          slugs: sql<string>`string_agg(${units.slug}, ';' order by ${serviceUnits.sort}, ${units.id})`.as("slugs"),
        })
        .from(serviceUnits)
        .innerJoin(units, eq(units.id, serviceUnits.unitId))
        .groupBy(serviceUnits.serviceId),
    );
    return once(
      db
        .with(handledBy)
        .select({ service: services, units: handledBy.slugs })
        .from(services)
        .leftJoin(handledBy, eq(handledBy.serviceId, services.id))
        .where(eq(services.published, true))
        .orderBy(asc(services.category), asc(services.sort), asc(services.id)),
    );
  },
  fields: [
    {
      name: "slug",
      type: "string",
      meaning: { en: "Service's identifier", zh: "服务标识" },
      example: "residence-permit",
      value: (r) => r.service.slug,
    },
    {
      name: "category",
      type: "string",
      meaning: {
        en: "household, exit_entry, public_order, traffic, certificate or other",
        zh: "类别：household（户政）、exit_entry（出入境）、public_order（治安）、traffic（交通）、certificate（证明）或 other（其他）",
      },
      example: "household",
      value: (r) => r.service.category,
    },
    {
      name: "title_zh",
      type: "string",
      meaning: { en: "Title in Chinese", zh: "中文名称" },
      example: "居住证申领",
      value: (r) => r.service.titleZh,
    },
    {
      name: "title_en",
      type: "string",
      meaning: { en: "Title in English", zh: "英文名称" },
      example: "Residence permit",
      value: (r) => r.service.titleEn,
    },
    {
      name: "summary_zh",
      type: "string",
      meaning: { en: "Summary in Chinese", zh: "中文简介" },
      example: "在本地居住半年以上的……",
      value: (r) => r.service.summaryZh,
    },
    {
      name: "summary_en",
      type: "string",
      meaning: { en: "Summary in English", zh: "英文简介" },
      example: "For people who have lived here…",
      value: (r) => r.service.summaryEn,
    },
    {
      name: "online",
      type: "boolean",
      meaning: { en: "Can be applied for on this site", zh: "可网上申请" },
      example: "true",
      value: (r) => r.service.online,
    },
    {
      name: "local",
      type: "boolean",
      meaning: { en: "Handled by the station of the resident's village or community", zh: "由居住地所属派出所办理" },
      example: "false",
      value: (r) => r.service.local,
    },
    {
      name: "time_limit_days",
      type: "integer",
      meaning: { en: "Legal time limit; 0 means on the spot", zh: "法定办理时限；0 表示当场办结" },
      unit: { en: "working days", zh: "工作日" },
      example: "15",
      value: (r) => r.service.timeLimitDays,
    },
    {
      name: "fee_zh",
      type: "string",
      meaning: { en: "Fee in Chinese; empty when free", zh: "收费（中文）；免费为空" },
      example: "工本费 20 元",
      value: (r) => r.service.feeZh,
    },
    {
      name: "fee_en",
      type: "string",
      meaning: { en: "Fee in English; empty when free", zh: "收费（英文）；免费为空" },
      example: "CNY 20",
      value: (r) => r.service.feeEn,
    },
    {
      name: "units",
      type: "string",
      meaning: {
        en: 'Units that handle it (slugs, separated by ";"); empty for local services',
        zh: "办理单位标识，以“;”分隔；属地办理的为空",
      },
      example: "exit-entry-brigade",
      value: (r) => r.units ?? "",
    },
    {
      name: "legal_basis_zh",
      type: "string",
      meaning: { en: "Legal basis in Chinese", zh: "办理依据（中文）" },
      example: "《居住证暂行条例》",
      value: (r) => r.service.legalBasisZh,
    },
    {
      name: "legal_basis_en",
      type: "string",
      meaning: { en: "Legal basis in English", zh: "办理依据（英文）" },
      example: "Interim Regulations on Residence Permits",
      value: (r) => r.service.legalBasisEn,
    },
  ],
});
