import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

import { areaKinds, unitKinds } from "@/lib/core/values";

export const unitKindEnum = pgEnum("unit_kind", unitKinds);
export const areaKindEnum = pgEnum("area_kind", areaKinds);

export const units = pgTable(
  "units",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    slug: text().notNull().unique(),
    nameZh: text().notNull(),
    nameEn: text().notNull(),
    kind: unitKindEnum().notNull(),
    // Stations are urban or rural; rural ones have work stations and villages.
    rural: boolean().notNull().default(false),
    parentId: integer().references((): AnyPgColumn => units.id, { onDelete: "restrict" }),
    addressZh: text().notNull().default(""),
    addressEn: text().notNull().default(""),
    dutyPhone: text().notNull().default(""),
    hoursZh: text().notNull().default(""),
    hoursEn: text().notNull().default(""),
    // What the unit does, for /transparency's organisation and functions (机构职能).
    functionsZh: text().notNull().default(""),
    functionsEn: text().notNull().default(""),
    sort: integer().notNull().default(0),
  },
  (t) => [index().on(t.parentId)],
);

export const officers = pgTable(
  "officers",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    badgeNumber: text().notNull().unique(),
    nameZh: text().notNull(),
    // Display pinyin, e.g. "Wang Jianguo"; English pages show it instead of hanzi.
    namePinyin: text().notNull(),
    // What residents type: "wangjianguo" matches "Wang Jianguo", "wang jianguo", "jiangu".
    searchPinyin: text()
      .notNull()
      .generatedAlwaysAs(sql`lower(replace(name_pinyin, ' ', ''))`),
    titleZh: text().notNull(),
    titleEn: text().notNull(),
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    phone: text().notNull().default(""),
    officePhone: text().notNull().default(""),
    // 1 = chief, 2 = political commissar, 3+ = deputies; null for everyone else.
    leadershipRank: integer(),
    published: boolean().notNull().default(true),
    sort: integer().notNull().default(0),
  },
  (t) => [
    index().on(t.unitId),
    index("officers_name_zh_trgm").using("gin", t.nameZh.op("gin_trgm_ops")),
    index("officers_search_pinyin_trgm").using("gin", t.searchPinyin.op("gin_trgm_ops")),
  ],
);

export const areas = pgTable(
  "areas",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "restrict" }),
    nameZh: text().notNull(),
    nameEn: text().notNull(),
    // Toneless, lower-case, no spaces ("wangzhuangcun"): what residents type.
    namePinyin: text().notNull(),
    kind: areaKindEnum().notNull(),
    responsibleOfficerId: integer().references(() => officers.id, { onDelete: "set null" }),
  },
  (t) => [
    unique().on(t.unitId, t.nameZh),
    index().on(t.responsibleOfficerId),
    index("areas_name_zh_trgm").using("gin", t.nameZh.op("gin_trgm_ops")),
    index("areas_name_pinyin_trgm").using("gin", t.namePinyin.op("gin_trgm_ops")),
  ],
);

// A checked CSV upload waiting for the moderator to confirm it: kept in the
// database, not in a server's memory, so any server can finish the import.
export const directoryImports = pgTable("directory_imports", {
  id: uuid().primaryKey().defaultRandom(),
  kind: text({ enum: ["officers", "areas"] }).notNull(),
  csv: text().notNull(),
  rowCount: integer().notNull(),
  createdBy: integer().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Unit = typeof units.$inferSelect;
export type Officer = typeof officers.$inferSelect;
export type Area = typeof areas.$inferSelect;
export type DirectoryImport = typeof directoryImports.$inferSelect;
