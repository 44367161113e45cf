import { parse } from "csv-parse/sync";

const BOM = "\uFEFF";

// A spreadsheet reads a cell starting with one of these as a formula (or
// moves it into one), so a name typed as "=HYPERLINK(…)" would run when the
// file is opened. Such cells are written after an apostrophe, which
// spreadsheets show as plain text and parseCsv takes off again.
const formulaStart = /^[=+\-@\t\r]/;
const neutralised = /^'[=+\-@\t\r]/;

/** A cell as written to a CSV file: text a spreadsheet will not take for a formula. */
export function neutraliseCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** UTF-8 CSV with a byte-order mark, so spreadsheet programs read Chinese correctly; no cell is a formula. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + csvLines([header, ...rows]);
}

const needsQuotes = /[",\r\n]/;

/**
 * Lines of CSV ending in CRLF: no byte-order mark, so a file can be written a
 * batch at a time after toCsv began it. A cell is quoted when it holds a
 * quote, a comma or any line break, a lone "\n" included (a reader would
 * take it for a new row). Built directly rather than by a CSV library's
 * stream per call: for 100,000 rows a batch at a time that made twice the
 * garbage and took four times as long.
 */
export function csvLines(rows: readonly (readonly (string | number | null)[])[]): string {
  let text = "";
  for (const row of cellsOf(rows)) {
    text += row.map((cell) => (needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",") + "\r\n";
  }
  return text;
}

function cellsOf(rows: readonly (readonly (string | number | null)[])[]): string[][] {
  return rows.map((r) => r.map((v) => (v === null ? "" : typeof v === "number" ? String(v) : neutraliseCell(v))));
}

/** A cell as read: the apostrophe toCsv put before a formula-like value comes off, so export → import → export is stable. */
function readCell(value: string): string {
  return neutralised.test(value) ? value.slice(1) : value;
}

export type CsvRow = { line: number; values: Record<string, string> };

/**
 * Parses CSV text with a header row (a leading BOM is ignored). Each row keeps
 * the line it ends on (its start, unless a quoted field spans lines), for
 * error messages. Throws on malformed CSV.
 */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const records = parse(text.startsWith(BOM) ? text.slice(1) : text, {
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...body] = records;
  const names = (header?.record ?? []).map((h) => h.trim().toLowerCase());
  const rows = body.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(names.map((name, j) => [name, readCell(record[j] ?? "")])),
  }));
  return { header: names, rows };
}
