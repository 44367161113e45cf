import { boolean, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { roles } from "@/lib/core/values";

import { officers, units } from "./directory";

export const roleEnum = pgEnum("role", roles);

export const users = pgTable("users", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  // Stored lower-cased: one account per address however it is typed.
  email: text().notNull().unique(),
  name: text().notNull(),
  // Null until the person sets one through a password link: an admin never knows it.
  passwordHash: text(),
  role: roleEnum().notNull().default("resident"),
  officerId: integer().references(() => officers.id, { onDelete: "set null" }),
  unitId: integer().references(() => units.id, { onDelete: "set null" }),
  disabled: boolean().notNull().default(false),
  // Bumped to end every session at once: each signed-in request compares it.
  sessionVersion: integer().notNull().default(1),
  failedSignIns: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  lastSignInAt: timestamp({ withTimezone: true }),
  // The TOTP secret, encrypted with a key derived from the server secret; set once enrolment is confirmed.
  mfaSecret: text(),
  mfaEnabledAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A signed-in session. The cookie carries its id; the row is what makes it
 * valid, so signing out, an idle or absolute timeout, or an admin's action
 * ends it on the server, whatever copies of the cookie exist.
 */
export const sessions = pgTable(
  "sessions",
  {
    // SHA-256 of the id in the cookie: a copy of this table opens no session.
    idHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    // Minutes without a request after which the session ends (staff: 30).
    idleMinutes: integer().notNull(),
    // The second factor was given in this session.
    mfaVerified: boolean().notNull().default(false),
    endedAt: timestamp({ withTimezone: true }),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index().on(t.userId)],
);

/** One-time links to set or reset a password: stored hashed, valid 24 hours, used once. */
export const passwordTokens = pgTable(
  "password_tokens",
  {
    tokenHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text({ enum: ["set", "reset"] }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId)],
);

/** Single-use recovery codes for the second factor, stored hashed. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

/** A password accepted, a second factor still to come: the step between the two sign-in forms. */
export const signInChallenges = pgTable("sign_in_challenges", {
  tokenHash: text().primaryKey(),
  userId: integer()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  attempts: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
export type Session = typeof sessions.$inferSelect;
