import type { z } from "zod";

import type { CsvRow } from "@/lib/core/csv";

import { zodFieldErrors } from "../validation";
import type { ImportProblem } from "./import-formats";

// zod's own messages are sentences, not keys: anything that is not one of our
// keys is shown as the generic "check this information".
const reasonKey = (message: string) => (/^[a-z][A-Za-z]*$/.test(message) ? message : "invalid");

/** Every column the format needs and none it does not know, each once; the header is line 1. */
export function headerProblems(header: readonly string[], columns: Record<string, string>): ImportProblem[] {
  const known = Object.keys(columns);
  const problems: ImportProblem[] = [];
  for (const column of known) if (!header.includes(column)) problems.push({ line: 1, field: column, reason: "missingColumn" });
  header.forEach((column, i) => {
    if (!known.includes(column)) problems.push({ line: 1, field: column || `#${i + 1}`, reason: "unknownColumn" });
    else if (header.indexOf(column) !== i) problems.push({ line: 1, field: column, reason: "duplicateColumn" });
  });
  return problems;
}

/** A row's schema errors as problems named by CSV column; one per column, earlier ones kept. */
export function withSchemaProblems(
  row: CsvRow,
  found: ImportProblem[],
  error: z.ZodError | undefined,
  columns: Record<string, string>,
): ImportProblem[] {
  const columnOf = new Map(Object.entries(columns).map(([column, field]) => [field, column]));
  const problems = [...found];
  for (const [field, message] of Object.entries(error ? zodFieldErrors(error) : {})) {
    const column = columnOf.get(field.split(".")[0] ?? "") ?? field;
    if (!problems.some((p) => p.field === column)) problems.push({ line: row.line, field: column, reason: reasonKey(message) });
  }
  const order = Object.keys(columns);
  return problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/** Counts what an import would do: a row is new, changes a record, or matches it already. */
export function countChanges<T extends object>(rows: readonly T[], existingOf: (row: T) => T | undefined) {
  const changes: T[] = [];
  let inserts = 0;
  let updates = 0;
  for (const row of rows) {
    const existing = existingOf(row);
    if (!existing) inserts++;
    else if ((Object.keys(row) as (keyof T)[]).some((key) => row[key] !== existing[key])) updates++;
    else continue;
    changes.push(row);
  }
  return { changes, inserts, updates, unchanged: rows.length - inserts - updates };
}
