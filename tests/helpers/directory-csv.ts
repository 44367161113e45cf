// The directory's CSV columns, and valid rows to build import files from.
import { toCsv } from "@/lib/core/csv";

export const officerHeader = [
  "badge_number",
  "name",
  "name_pinyin",
  "title",
  "title_en",
  "unit_slug",
  "phone",
  "office_phone",
  "leadership_rank",
  "published",
  "sort",
];
export const areaHeader = ["unit_slug", "name", "name_en", "name_pinyin", "kind", "responsible_badge"];

/** A valid officers row for badge 9xxxxx, with any column replaced. */
export function officerRow(n: number, change: Record<string, string> = {}): string[] {
  const row: Record<string, string> = {
    badge_number: String(900000 + n),
    name: `测试${n}`,
    name_pinyin: "Ce Shi",
    title: "民警",
    title_en: "Police officer",
    unit_slug: "bureau",
    phone: `1990001${String(n % 10000).padStart(4, "0")}`,
    office_phone: "0370-00001234",
    leadership_rank: "",
    published: "true",
    sort: String(n),
    ...change,
  };
  return officerHeader.map((column) => row[column]!);
}

export const officersCsv = (rows: string[][]) => toCsv(officerHeader, rows);
