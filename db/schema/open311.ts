import { bigint, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { users } from "./users";

/**
 * Keys that let another application post requests through Open311. Only the
 * SHA-256 of a key is kept (the key is long and random, so a slow hash adds
 * nothing): the admin sees the key once, when it is made.
 */
export const apiKeys = pgTable("api_keys", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull(),
  keyHash: text().notNull().unique(),
  // The first characters, for admins to tell keys apart without the key.
  prefix: text().notNull(),
  createdBy: integer().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp({ withTimezone: true }),
  useCount: bigint({ mode: "number" }).notNull().default(0),
  lastUsedAt: timestamp({ withTimezone: true }),
});

export type ApiKey = typeof apiKeys.$inferSelect;
