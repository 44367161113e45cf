import { boolean, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { roles } from "@/lib/core/values";

import { officers, units } from "./directory";

export const roleEnum = pgEnum("role", roles);

export const users = pgTable("users", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  // Stored lower-cased: one account per address however it is typed.
  email: text().notNull().unique(),
  name: text().notNull(),
  passwordHash: text().notNull(),
  role: roleEnum().notNull().default("resident"),
  officerId: integer().references(() => officers.id, { onDelete: "set null" }),
  unitId: integer().references(() => units.id, { onDelete: "set null" }),
  disabled: boolean().notNull().default(false),
  // Bumped to end every session at once: each signed-in request compares it.
  sessionVersion: integer().notNull().default(1),
  failedSignIns: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  lastSignInAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
