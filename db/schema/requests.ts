import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

import {
  escalationDeadlines,
  feedbackTopics,
  requestKinds,
  requestLocales,
  requestStatuses,
  satisfactions,
  sixSmalls,
  type RequestStatus,
} from "@/lib/core/values";

import { areas, officers, units } from "./directory";
import { services } from "./services";
import { users } from "./users";

export const requestKindEnum = pgEnum("request_kind", requestKinds);
export const requestStatusEnum = pgEnum("request_status", requestStatuses);
export const satisfactionEnum = pgEnum("satisfaction", satisfactions);

/** Statuses a request is still being worked on in: the staff queue's default. */
// An approved application is decided (within its legal time limit): what remains is handing the document over.
export const openStatuses = ["submitted", "accepted", "info_requested"] as const satisfies readonly RequestStatus[];

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** Everything the public submits: an application, a question or feedback. */
export const requests = pgTable(
  "requests",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: requestKindEnum().notNull(),
    trackingNumber: text().notNull().unique(),
    // Shown once on the receipt; only its argon2id hash is kept.
    accessCodeHash: text().notNull(),
    // The long random path segment of the tracking link and QR code.
    trackToken: text().notNull().unique(),
    status: requestStatusEnum().notNull().default("submitted"),
    topic: text({ enum: feedbackTopics }),
    category: text({ enum: sixSmalls }),
    unitId: integer().references(() => units.id, { onDelete: "set null" }),
    areaId: integer().references(() => areas.id, { onDelete: "set null" }),
    officerConcernedId: integer().references(() => officers.id, { onDelete: "set null" }),
    unitConcernedId: integer().references(() => units.id, { onDelete: "set null" }),
    assigneeId: integer().references(() => users.id, { onDelete: "set null" }),
    subject: text().notNull(),
    body: text().notNull(),
    // An application's service; its answers are in form_data.
    serviceId: integer().references(() => services.id, { onDelete: "restrict" }),
    formData: jsonb(),
    contactName: text().notNull().default(""),
    contactPhone: text().notNull().default(""),
    contactEmail: text().notNull().default(""),
    anonymous: boolean().notNull().default(false),
    accountId: integer().references(() => users.id, { onDelete: "set null" }),
    consentToPublish: boolean().notNull().default(false),
    deadlineAt: timestamp({ withTimezone: true }).notNull(),
    firstResponseDueAt: timestamp({ withTimezone: true }).notNull(),
    firstResponseAt: timestamp({ withTimezone: true }),
    triagedAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    satisfaction: satisfactionEnum(),
    // Set when a "dissatisfied" rating sends the request back to staff.
    reopenedAt: timestamp({ withTimezone: true }),
    // The language the resident wrote in: replies and templates follow it.
    locale: text({ enum: requestLocales }).notNull().default("zh-CN"),
    idempotencyKey: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The staff queue: open requests by deadline, keyset on (deadline_at, id).
    // Partial, because open requests are the recent few percent: walking all
    // requests by deadline would read years of closed ones first. The columns
    // after id are there for the queue's filters and counts to be answered
    // from the index alone (drizzle has no INCLUDE).
    index("requests_open_queue")
      .on(t.deadlineAt, t.id, t.status, t.kind, t.topic, t.category, t.unitId, t.assigneeId)
      .where(sql`${t.status} in (${sql.raw(openStatuses.map((s) => `'${s}'`).join(", "))})`),
    // Reopened open requests, by deadline: the dashboard's "reopened" count and
    // the queue's filter read only these, where without it they read every
    // open request's row (reopened_at is in no other index).
    index("requests_open_reopened")
      .on(t.deadlineAt, t.id, t.kind, t.unitId, t.assigneeId)
      .where(sql`${t.reopenedAt} is not null and ${t.status} in (${sql.raw(openStatuses.map((s) => `'${s}'`).join(", "))})`),
    index("requests_queue").on(t.status, t.deadlineAt, t.id),
    index("requests_unit_queue").on(t.unitId, t.status, t.deadlineAt, t.id),
    index("requests_assignee_queue").on(t.assigneeId, t.status, t.deadlineAt, t.id),
    index("requests_account").on(t.accountId, t.createdAt),
    index("requests_service").on(t.serviceId, t.createdAt),
    index("requests_deadline").on(t.deadlineAt, t.id),
    // The statistics refresh finds the months whose requests changed since the last one.
    index("requests_updated").on(t.updatedAt),
    index("requests_created").on(t.createdAt),
    // The queue's text search ("subject contains") without reading every request.
    index("requests_subject_trgm").using("gin", t.subject.op("gin_trgm_ops")),
  ],
);

/**
 * A missed deadline, escalated once: the primary key is what keeps two
 * servers running the check at once from notifying twice.
 */
export const requestEscalations = pgTable(
  "request_escalations",
  {
    requestId: bigint({ mode: "number" })
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    deadline: text({ enum: escalationDeadlines }).notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    escalatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.deadline] })],
);

export const requestEvents = pgTable(
  "request_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: bigint({ mode: "number" })
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    type: text().notNull(),
    actorId: integer(),
    actorRole: text(),
    visibility: text({ enum: ["public", "internal"] }).notNull(),
    body: text().notNull().default(""),
    fromStatus: requestStatusEnum(),
    toStatus: requestStatusEnum(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.requestId, t.id)],
);

export const attachments = pgTable(
  "attachments",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: bigint({ mode: "number" })
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    eventId: bigint({ mode: "number" }).references(() => requestEvents.id, { onDelete: "set null" }),
    fileName: text().notNull(),
    // Sniffed from the bytes, never taken from the name or the browser.
    mediaType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    bytes: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.requestId)],
);

/** Public holidays and make-up working days: exceptions to the weekday rule. */
export const holidays = pgTable("holidays", {
  date: date({ mode: "string" }).primaryKey(),
  kind: text({ enum: ["holiday", "workday"] }).notNull(),
  nameZh: text().notNull().default(""),
  nameEn: text().notNull().default(""),
});

/** Notifications, written in the transaction that causes them, sent later by the dispatcher. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    channel: text({ enum: ["log", "email", "sms"] }).notNull(),
    recipient: text().notNull(),
    template: text().notNull(),
    payload: jsonb().notNull(),
    status: text({ enum: ["pending", "sent", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("outbox_due")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

/** Attempt counters kept in PostgreSQL, so limits hold across servers. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    hits: integer().notNull(),
    resetAt: timestamp({ withTimezone: true }).notNull(),
  },
  // Expired counters are deleted in batches by their reset time.
  (t) => [index().on(t.resetAt)],
);

export type Request = typeof requests.$inferSelect;
export type RequestEscalation = typeof requestEscalations.$inferSelect;
export type RequestEvent = typeof requestEvents.$inferSelect;
export type Attachment = typeof attachments.$inferSelect;
export type Holiday = typeof holidays.$inferSelect;
export type OutboxMessage = typeof outbox.$inferSelect;

/**
 * The public copy of a request and its reply: redacted, reviewed by a
 * moderator, and never the resident's original, which stays as written.
 */
export const publications = pgTable(
  "publications",
  {
    requestId: bigint({ mode: "number" })
      .primaryKey()
      .references(() => requests.id, { onDelete: "cascade" }),
    publicTitle: text().notNull(),
    publicQuestion: text().notNull(),
    publicReply: text().notNull(),
    publishedBy: integer(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    hiddenAt: timestamp({ withTimezone: true }),
    hiddenReason: text(),
  },
  (t) => [
    index("publications_visible")
      .on(t.publishedAt)
      .where(sql`${t.hiddenAt} is null`),
  ],
);

export type Publication = typeof publications.$inferSelect;

/**
 * Canned replies with placeholders ({trackingNumber}, {deadline}, {unit}), kept by moderators;
 * a body per language, and the one inserted follows the request's language.
 */
export const replyTemplates = pgTable("reply_templates", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  title: text().notNull(),
  bodyZh: text().notNull(),
  bodyEn: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type ReplyTemplate = typeof replyTemplates.$inferSelect;
