import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp } from "drizzle-orm/pg-core";

import { commentStates, evaluationStates, hideReasons } from "@/lib/core/evaluation-values";

import { areas, officers, units } from "./directory";
import { requests } from "./requests";
import { services } from "./services";
import { users } from "./users";

/**
 * A resident's rating of an officer, a unit or a service (开门评警). The comment as
 * written is kept; the public sees `commentPublic`, a copy a moderator may
 * mask. A burst from many addresses is `held`, not counted, until a
 * moderator lets it count.
 */
export const evaluations = pgTable(
  "evaluations",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    officerId: integer().references(() => officers.id, { onDelete: "cascade" }),
    unitId: integer().references(() => units.id, { onDelete: "cascade" }),
    serviceId: integer().references(() => services.id, { onDelete: "cascade" }),
    attitude: smallint().notNull(),
    efficiency: smallint().notNull(),
    fairness: smallint().notNull(),
    comment: text().notNull().default(""),
    commentPublic: text().notNull().default(""),
    // Null when there is no comment to moderate.
    commentState: text({ enum: commentStates }),
    hiddenReason: text({ enum: hideReasons }),
    moderatedBy: integer().references(() => users.id, { onDelete: "set null" }),
    moderatedAt: timestamp({ withTimezone: true }),
    contact: text().notNull().default(""),
    // Unique: a resolved request verifies one rating only.
    verifiedRequestId: bigint({ mode: "number" })
      .unique()
      .references(() => requests.id, { onDelete: "set null" }),
    state: text({ enum: evaluationStates }).notNull().default("counted"),
    // A hash of the browser's rating cookie and the address bucket: enough to refuse repeats, not to identify anyone.
    raterToken: text().notNull().default(""),
    ipBucket: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("evaluations_one_target", sql`num_nonnulls(${t.officerId}, ${t.unitId}, ${t.serviceId}) = 1`),
    check("evaluations_scores", sql`${t.attitude} between 1 and 5 and ${t.efficiency} between 1 and 5 and ${t.fairness} between 1 and 5`),
    index().on(t.officerId, t.createdAt),
    index().on(t.unitId, t.createdAt),
    index().on(t.serviceId, t.createdAt),
    index().on(t.raterToken, t.createdAt),
    index("evaluations_comment_queue").on(t.commentState, t.createdAt),
  ],
);

/**
 * A station's neighbourhood priority: issue → what we are doing → by when →
 * outcome. Each text in Chinese (`issue` …) and English (`issueEn` …); either
 * may be empty and the page shows the other with a notice. A priority made
 * from a much-backed problem report names it (one priority per report).
 */
export const priorities = pgTable(
  "priorities",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    issue: text().notNull(),
    issueEn: text().notNull().default(""),
    action: text().notNull(),
    actionEn: text().notNull().default(""),
    dueOn: date({ mode: "string" }).notNull(),
    outcome: text().notNull().default(""),
    outcomeEn: text().notNull().default(""),
    requestId: bigint({ mode: "number" })
      .unique()
      .references(() => requests.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.unitId, t.dueOn)],
);

/** A visit or meeting (大走访, 警民恳谈会) and, afterwards, its public summary; texts in Chinese and English as priorities'. */
export const visits = pgTable(
  "visits",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: "cascade" }),
    areaId: integer().references(() => areas.id, { onDelete: "set null" }),
    // Where in the village or community: "village committee", "cultural square".
    place: text().notNull(),
    placeEn: text().notNull().default(""),
    purpose: text().notNull(),
    purposeEn: text().notNull().default(""),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    summary: text().notNull().default(""),
    summaryEn: text().notNull().default(""),
    householdsVisited: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.unitId, t.startsAt),
    index().on(t.areaId, t.startsAt),
    check("visits_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const visitOfficers = pgTable(
  "visit_officers",
  {
    visitId: integer()
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    officerId: integer()
      .notNull()
      .references(() => officers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.officerId] }), index().on(t.officerId)],
);

export type Evaluation = typeof evaluations.$inferSelect;
export type Priority = typeof priorities.$inferSelect;
export type Visit = typeof visits.$inferSelect;
