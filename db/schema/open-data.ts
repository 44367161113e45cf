import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const openDataSources = ["directory", "services", "replies"] as const;
export type OpenDataSource = (typeof openDataSources)[number];

/**
 * When the tables behind the open-data files last changed, kept by database
 * triggers (see the migration): a download answers "not modified" from this
 * one row, without reading the data. The version counts changes, so two
 * changes in one clock tick still give different ETags.
 */
export const openDataChanges = pgTable("open_data_changes", {
  source: text({ enum: openDataSources }).primaryKey(),
  version: bigint({ mode: "number" }).notNull(),
  changedAt: timestamp({ withTimezone: true }).notNull(),
});
