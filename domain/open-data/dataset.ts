/**
 * One definition per open-data file: the same fields make the CSV header, the
 * JSON keys, the datapackage.json schema and the human dictionary page, so
 * they cannot drift apart. No queries here: each dataset brings its own.
 */
import type { Db } from "@/db/client";
import type { OpenDataSource } from "@/db/schema/open-data";

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

/** A dataset with its row type sealed inside: what the catalogue, the downloads and the pages use. */
export type OpenDataset = Omit<Dataset<never>, "fields" | "batches"> & {
  fields: readonly FieldInfo[];
  /** Each batch of rows as lists of values, in field order. */
  batches: (db: Db) => AsyncIterable<Value[][]>;
};

/** Seals a dataset's row type in: every value comes from its own fields' `value`. */
export function defineDataset<Row>(dataset: Dataset<Row>): OpenDataset {
  const { fields, batches, ...about } = dataset;
  return {
    ...about,
    fields: fields.map(({ value: _value, ...info }) => info),
    batches: async function* (db) {
      for await (const rows of batches(db)) yield rows.map((row) => fields.map((f) => f.value(row)));
    },
  };
}

/** A row as the CSV writes it: booleans as "true"/"false", null as an empty cell. */
export function csvCells(values: Value[]): (string | number | null)[] {
  return values.map((v) => (typeof v === "boolean" ? String(v) : v));
}

/** A row as the JSON writes it: an object keyed by field name. */
export function jsonRecord(dataset: OpenDataset, values: Value[]): Record<string, Value> {
  return Object.fromEntries(dataset.fields.map((f, i) => [f.name, values[i] ?? null]));
}

/** The rows of a small dataset, read in one query. */
export async function* once<Row>(rows: Promise<readonly Row[]>): AsyncIterable<readonly Row[]> {
  yield await rows;
}
