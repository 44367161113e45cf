import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export const statisticsScopes = ["bureau", "unit", "officer"] as const;
export type StatisticsScope = (typeof statisticsScopes)[number];

/** Whole working hours (or days) → how many requests took that long; only non-zero buckets are kept. */
export type Histogram = Record<string, number>;

/**
 * Monthly aggregates of requests (and of open-door ratings), one row per month of submission and scope
 * (the bureau as a whole, a unit, an officer), refreshed by the server's
 * periodic work: pages read these few rows, never the requests themselves.
 * Medians are kept as histograms of whole working hours and days, so months
 * can be added together and the median of any span is still exact.
 */
export const statisticsMonthly = pgTable(
  "statistics_monthly",
  {
    month: date({ mode: "string" }).notNull(),
    scope: text({ enum: statisticsScopes }).notNull(),
    // 0 for the bureau as a whole.
    scopeId: integer().notNull(),
    requests: integer().notNull(),
    applications: integer().notNull(),
    questions: integer().notNull(),
    feedback: integer().notNull(),
    incident: integer().notNull(),
    case: integer().notNull(),
    dispute: integer().notNull(),
    hazard: integer().notNull(),
    petition: integer().notNull(),
    difficulty: integer().notNull(),
    // Resolved, or still open past the deadline: the on-time rate's denominator.
    due: integer().notNull(),
    onTime: integer().notNull(),
    resolved: integer().notNull(),
    rated: integer().notNull(),
    satisfied: integer().notNull(),
    reopened: integer().notNull(),
    firstResponseHours: jsonb().$type<Histogram>().notNull(),
    answerDays: jsonb().$type<Histogram>().notNull(),
    // Open-door ratings counted in the month (by when they were given), and their scores added up
    // (attitude + efficiency + fairness of each): the average is points / (3 × evaluations).
    evaluations: integer().notNull().default(0),
    evaluationPoints: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scope, t.scopeId, t.month] }), index().on(t.month)],
);

/** When the aggregates were last brought up to date (one row). */
export const statisticsRefreshes = pgTable("statistics_refreshes", {
  id: integer().primaryKey(),
  refreshedAt: timestamp({ withTimezone: true }).notNull(),
  fullAt: timestamp({ withTimezone: true }).notNull(),
});

export type StatisticsRow = typeof statisticsMonthly.$inferSelect;
