import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { services } from "./services";

/** The sections of /transparency that hold articles; organisation and functions is made from the unit tree. */
export const articleSections = ["law", "procedures", "results", "news", "notices"] as const;
export type ArticleSection = (typeof articleSections)[number];
export const articleStatuses = ["draft", "published", "archived"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/**
 * A disclosure article in both languages (Markdown; either may be empty and
 * the other is shown with a notice). Draft → published → archived; only
 * published ones are public.
 */
export const articles = pgTable(
  "articles",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    section: text({ enum: articleSections }).notNull(),
    status: text({ enum: articleStatuses }).notNull().default("draft"),
    titleZh: text().notNull().default(""),
    titleEn: text().notNull().default(""),
    bodyZh: text().notNull().default(""),
    bodyEn: text().notNull().default(""),
    publishedAt: timestamp({ withTimezone: true }),
    // The service hall's guide a procedure describes; its guide links back.
    serviceId: integer().references(() => services.id, { onDelete: "set null" }),
    createdBy: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("articles_published")
      .on(t.section, t.publishedAt)
      .where(sql`${t.status} = 'published'`),
  ],
);

export type Article = typeof articles.$inferSelect;
