import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { bytea } from "./requests";
import { articles } from "./transparency";

/**
 * A PDF attached to a disclosure article: public once the article is, and
 * checked by its bytes on the way in like a resident's upload.
 */
export const articleAttachments = pgTable(
  "article_attachments",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    // Sniffed from the bytes, never taken from the name or the browser.
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    bytes: bytea().notNull(),
    createdBy: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.articleId)],
);

export type ArticleAttachment = typeof articleAttachments.$inferSelect;
