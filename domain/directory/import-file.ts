import "server-only";

import { z } from "zod";

import { parseCsv, type CsvRow } from "@/lib/core/csv";
import { MAX_FILE_BYTES } from "@/lib/core/upload-limits.mjs";

import { ValidationError } from "../errors";
import { parseForm } from "../validation";
import { importKinds, type ImportProblem } from "./import-formats";
import { headerProblems } from "./import-rows";

// One file of the size every upload may have: a post holding it stays within the body limit.
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

// A File from a form, or text from a test or script: checked by shape, because
// a form's File may come from another realm than this module's Blob.
const Upload = z.union([
  z.string(),
  z.custom<Blob>(
    (v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function" && typeof (v as Blob).size === "number",
  ),
]);

/** The import form's text field: what the file holds. */
export const ImportKindInput = z.object({ kind: z.enum(importKinds, { error: "chooseKind" }) });

export const PreviewImportInput = ImportKindInput.extend({
  csv: Upload.refine((v) => (typeof v === "string" ? v.length : v.size) > 0, { error: "chooseFile" }).refine(
    (v) => (typeof v === "string" ? Buffer.byteLength(v) : v.size) <= MAX_IMPORT_BYTES,
    { error: "fileTooLarge" },
  ),
});
// Straight from a form: anything may arrive, the schema decides.
export type PreviewImportInput = { kind?: unknown; csv?: unknown };

/** Parses the upload's kind and file; bytes must be UTF-8 (a GBK export from Excel is refused, not garbled). */
export async function readUpload(input: PreviewImportInput) {
  const { kind, csv } = parseForm(PreviewImportInput, input);
  if (typeof csv === "string") return { kind, text: csv };
  try {
    return { kind, text: new TextDecoder("utf-8", { fatal: true }).decode(await csv.arrayBuffer()) };
  } catch {
    throw new ValidationError({ csv: "notUtf8" });
  }
}

/** The file's rows, or why it cannot be read as this kind of CSV. */
export function readRows(
  text: string,
  columns: Record<string, string>,
): { ok: true; rows: CsvRow[] } | { ok: false; errors: ImportProblem[] } {
  // PostgreSQL text cannot hold NUL: such a file is binary, whatever its name says.
  if (text.includes("\u0000")) return { ok: false, errors: [{ line: 1, field: "", reason: "notCsv" }] };
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return { ok: false, errors: [{ line: typeof line === "number" ? line : 1, field: "", reason: "notCsv" }] };
  }
  const errors = headerProblems(parsed.header, columns);
  if (errors.length > 0) return { ok: false, errors };
  if (parsed.rows.length === 0) return { ok: false, errors: [{ line: 2, field: "", reason: "noRows" }] };
  return { ok: true, rows: parsed.rows };
}
