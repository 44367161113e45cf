import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";

import { requests } from "./requests";
import { users } from "./users";

/**
 * An officer away (leave, training): from and to are local dates, both
 * included. While away, their villages' new questions go to the station queue.
 */
export const awayPeriods = pgTable(
  "away_periods",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fromDate: date({ mode: "string" }).notNull(),
    toDate: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.toDate), check("away_periods_order", sql`${t.fromDate} <= ${t.toDate}`)],
);

/**
 * "This affects me too" on a published item: one per backer per item. The
 * backer is `user:<id>` for a signed-in account, or `browser:<sha-256 of the
 * browser's token>` for an anonymous visitor; the unique key is the rule.
 */
export const backings = pgTable(
  "backings",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: bigint({ mode: "number" })
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    backer: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.requestId, t.backer)],
);

export type AwayPeriod = typeof awayPeriods.$inferSelect;
export type Backing = typeof backings.$inferSelect;
