import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

import { requests } from "./requests";

/**
 * A one-time code sent to a phone or e-mail address, to count a visitor who is
 * not signed in once for "this affects me too". The address is kept only as a
 * keyed hash (the backer it becomes); the code, the link to the challenge and
 * the address never stand in clear in this table.
 */
export const meTooChallenges = pgTable(
  "me_too_challenges",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: bigint({ mode: "number" })
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    // tokenHash of the random challenge token the visitor's form carries.
    challengeHash: text().notNull().unique(),
    // tokenHash of the normalised phone number or e-mail address.
    contactHash: text().notNull(),
    // tokenHash of the challenge token and the six-digit code together.
    codeHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.expiresAt)],
);

export type MeTooChallenge = typeof meTooChallenges.$inferSelect;
