import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { getDb } from "@/db/client";
import { queryRows } from "@/db/sql";
import { csvLines } from "@/lib/core/csv";

// The large open-data files are written by the database (open_data_csv_cell,
// db/migrations/0020_open-data-text.sql), the others by lib/core/csv.ts: a
// cell must come out the same from both.
const values = [
  "",
  "plain",
  "王庄村路灯不亮",
  "a,b",
  'say "hi"',
  "two\nlines",
  "two\r\nlines",
  "lone\rreturn",
  '=HYPERLINK("http://x")',
  "=1,2",
  "+86 138",
  "-5",
  "@sum",
  "\tindent",
  "\rstart",
  "'=already",
  "trailing ",
  '中文,"引号"',
];

const list = sql`array[${sql.join(
  values.map((v) => sql`${v}::text`),
  sql`, `,
)}]`;

describe("a CSV cell written by the database", () => {
  it("is the cell lib/core/csv.ts writes, for every kind of value", async () => {
    const db = await getDb();
    const rows = await queryRows<{ cell: string }>(
      db,
      sql`select open_data_csv_cell(v) as cell from unnest(${list}) with ordinality as t(v, n) order by n`,
    );
    expect(rows.map((r) => r.cell)).toEqual(values.map((v) => csvLines([[v]]).slice(0, -2)));
  });

  it("writes null as an empty cell", async () => {
    const db = await getDb();
    const [empty] = await queryRows<{ cell: string }>(db, sql`select open_data_csv_cell(null) as cell`);
    expect(empty!.cell).toBe(csvLines([[null]]).slice(0, -2));
  });
});
