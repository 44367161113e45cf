import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

import { serviceCategories, type MaterialForm } from "@/lib/core/values";

import { units } from "./directory";

/** One required material of a guide: what, in both languages, original or copy, how many. */
export type ServiceMaterial = { nameZh: string; nameEn: string; form: MaterialForm; count: number };
/** One step of a guide, in both languages. */
export type ServiceStep = { zh: string; en: string };

/** A police service residents can read a guide for, and apply for online where it allows. */
export const services = pgTable(
  "services",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    category: text({ enum: serviceCategories }).notNull(),
    titleZh: text().notNull(),
    titleEn: text().notNull(),
    summaryZh: text().notNull().default(""),
    summaryEn: text().notNull().default(""),
    // Who may apply.
    eligibilityZh: text().notNull().default(""),
    eligibilityEn: text().notNull().default(""),
    // Extra words residents search by ("暂住证", "hukou"), and the title's toneless pinyin ("juzhuzhengshenling").
    keywords: text().notNull().default(""),
    searchPinyin: text().notNull().default(""),
    // True: the service takes applications on this site; false: residents go to a counter.
    online: boolean().notNull().default(false),
    materials: jsonb().$type<ServiceMaterial[]>().notNull().default([]),
    steps: jsonb().$type<ServiceStep[]>().notNull().default([]),
    // The legal time limit in working days; 0 for "on the spot".
    timeLimitDays: integer().notNull(),
    // Empty means free of charge.
    feeZh: text().notNull().default(""),
    feeEn: text().notNull().default(""),
    // Handled at the station of the resident's village or community, not at listed units.
    local: boolean().notNull().default(false),
    legalBasisZh: text().notNull().default(""),
    legalBasisEn: text().notNull().default(""),
    // The application form's fields (domain/services/field-definition.ts), checked when saved.
    fields: jsonb().notNull().default([]),
    published: boolean().notNull().default(false),
    sort: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.category, t.sort),
    index("services_title_zh_trgm").using("gin", t.titleZh.op("gin_trgm_ops")),
    index("services_search_pinyin_trgm").using("gin", t.searchPinyin.op("gin_trgm_ops")),
  ],
);

/** The units that handle a (non-local) service: where residents go, and where applications are routed. */
export const serviceUnits = pgTable(
  "service_units",
  {
    serviceId: integer()
      .notNull()
      .references(() => services.id, { onDelete: "cascade" }),
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    sort: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.unitId] }), index().on(t.unitId)],
);

export type Service = typeof services.$inferSelect;
export type NewService = typeof services.$inferInsert;
export type ServiceUnit = typeof serviceUnits.$inferSelect;
