/**
 * One definition per open-data file: the same fields make the CSV header, the
 * JSON keys, the datapackage.json schema and the human dictionary page, so
 * they cannot drift apart. No queries here: each dataset brings its own.
 */
import type { Db } from "@/db/client";
import type { OpenDataSource } from "@/db/schema/open-data";
import { csvLines } from "@/lib/core/csv";

/** Frictionless Table Schema field types used here. */
export type FieldType = "string" | "integer" | "number" | "boolean" | "datetime" | "yearmonth";

export type Bilingual = { en: string; zh: string };

export type Value = string | number | boolean | null;

export type Field<Row> = {
  name: string;
  type: FieldType;
  meaning: Bilingual;
  unit?: Bilingual;
  example: string;
  value: (row: Row) => Value;
};

/** What a dataset's validator rests on: the sources' change times, and the statistics' refresh. */
export type Dependency = OpenDataSource | "statistics";

export type Dataset<Row> = {
  /** The file name without extension, and the dictionary's address. */
  id: string;
  title: Bilingual;
  description: Bilingual;
  dependsOn: readonly Dependency[];
  fields: readonly Field<Row>[];
  /** The rows in batches, read a batch at a time as the download is sent. */
  batches: (db: Db) => AsyncIterable<readonly Row[]>;
};

/** A field as described, without how it is read. */
export type FieldInfo = Omit<Field<never>, "value">;

export const downloadFormats = ["csv", "json"] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/** A dataset with its row type sealed inside: what the catalogue, the downloads and the pages use. */
export type OpenDataset = Omit<Dataset<never>, "fields" | "batches"> & {
  fields: readonly FieldInfo[];
  /**
   * The file's rows as text, a batch at a time, without what begins and ends
   * the file (download.ts writes those): CSV lines ending in CRLF, or JSON
   * records each after ",\n" (the download drops the first comma).
   */
  rowsText: (db: Db, format: DownloadFormat) => AsyncIterable<string | Uint8Array>;
  /** Written by the database, tens of MB: each download counts against the reader's address. */
  large: boolean;
};

/** Seals a dataset's row type in: every value comes from its own fields' `value`. */
export function defineDataset<Row>(dataset: Dataset<Row>): OpenDataset {
  const { fields, batches, ...about } = dataset;
  const infos = fields.map(({ value: _value, ...info }) => info);
  return {
    ...about,
    fields: infos,
    large: false,
    rowsText: async function* (db, format) {
      for await (const rows of batches(db)) {
        const values = rows.map((row) => fields.map((f) => f.value(row)));
        yield format === "csv" ? csvLines(values.map(csvCells)) : values.map((row) => JSON_RECORD_BEFORE + jsonRecord(infos, row)).join("");
      }
    },
  };
}

/** What comes before each JSON record in rowsText. */
export const JSON_RECORD_BEFORE = ",\n";

/** A row as the CSV writes it: booleans as "true"/"false", null as an empty cell. */
function csvCells(values: Value[]): (string | number | null)[] {
  return values.map((v) => (typeof v === "boolean" ? String(v) : v));
}

/** A row as the JSON writes it: an object keyed by field name. */
function jsonRecord(fields: readonly FieldInfo[], values: Value[]): string {
  return JSON.stringify(Object.fromEntries(fields.map((f, i) => [f.name, values[i] ?? null])));
}

/** The rows of a small dataset, read in one query. */
export async function* once<Row>(rows: Promise<readonly Row[]>): AsyncIterable<readonly Row[]> {
  yield await rows;
}
