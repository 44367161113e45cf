import "server-only";

import { sql, type SQL } from "drizzle-orm";

import type { Db } from "@/db/client";

import { JSON_RECORD_BEFORE, type Dataset, type DownloadFormat, type FieldInfo, type OpenDataset } from "./dataset";

/** A field the database writes: `sql` gives its value as the file has it (text, a number or a boolean). */
export type SqlField = FieldInfo & { sql: SQL };

export type SqlDataset = Omit<Dataset<never>, "fields" | "batches"> & {
  fields: readonly SqlField[];
  /**
   * The file's rows a batch at a time, each batch one text the database
   * joined from `line` (one row of the file, an expression over the
   * dataset's own tables).
   */
  batches: (db: Db, line: SQL) => AsyncIterable<Uint8Array>;
};

const numeric = new Set<FieldInfo["type"]>(["integer", "number"]);

/**
 * One row of the file as an SQL expression: the CSV line as lib/core/csv.ts
 * writes one (the cell rule is the database's open_data_csv_cell; numbers are
 * never taken for formulas), or the JSON record after its separator.
 */
function lineOf(fields: readonly SqlField[], format: DownloadFormat): SQL {
  if (format === "csv") {
    const cells = fields.map((f) =>
      numeric.has(f.type) ? sql`coalesce((${f.sql})::text, '')` : sql`open_data_csv_cell((${f.sql})::text)`,
    );
    return sql`${sql.join(cells, sql` || ',' || `)} || ${"\r\n"}::text`;
  }
  const pairs = fields.map((f) => sql`${f.name}::text, ${f.sql}`);
  return sql`${JSON_RECORD_BEFORE}::text || json_build_object(${sql.join(pairs, sql`, `)})::text`;
}

/**
 * A dataset whose files the database writes: for the large ones. The server
 * passes each batch's bytes on as they came, so a download of any size makes
 * almost nothing for the JavaScript heap to collect (rows decoded into
 * objects and strings, then encoded again, made 18 to 25 MB of garbage for
 * 100,000 published replies; README, benchmarks).
 */
export function defineSqlDataset(dataset: SqlDataset): OpenDataset {
  const { fields, batches, ...about } = dataset;
  return {
    ...about,
    fields: fields.map(({ sql: _sql, ...info }) => info),
    rowsText: (db, format) => batches(db, lineOf(fields, format)),
    large: true,
  };
}
