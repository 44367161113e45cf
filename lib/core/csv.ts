import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

const BOM = "\uFEFF";

/** UTF-8 CSV with a byte-order mark, so spreadsheet programs read Chinese correctly. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return (
    BOM + stringify([header as string[], ...rows.map((r) => r.map((v) => (v === null ? "" : String(v))))], { record_delimiter: "\r\n" })
  );
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
    values: Object.fromEntries(names.map((name, j) => [name, record[j] ?? ""])),
  }));
  return { header: names, rows };
}
