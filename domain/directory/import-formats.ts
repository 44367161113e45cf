import type { AreaForm, OfficerForm } from "./schemas";

// Shared by the domain and the import page; no "server-only": the page's
// client components import the result types from here.

export const importKinds = ["officers", "areas"] as const;
export type ImportKind = (typeof importKinds)[number];

/** Each CSV column and the field of the shared form schema it fills, in export order. */
export const officerColumns = {
  badge_number: "badgeNumber",
  name: "nameZh",
  name_pinyin: "namePinyin",
  title: "titleZh",
  title_en: "titleEn",
  unit_slug: "unitId",
  phone: "phone",
  office_phone: "officePhone",
  leadership_rank: "leadershipRank",
  published: "published",
  sort: "sort",
} as const satisfies Record<string, keyof OfficerForm>;

export const areaColumns = {
  unit_slug: "unitId",
  name: "nameZh",
  name_en: "nameEn",
  name_pinyin: "namePinyin",
  kind: "kind",
  responsible_badge: "responsibleOfficerId",
} as const satisfies Record<string, keyof AreaForm>;

export type OfficerColumn = keyof typeof officerColumns;
export type AreaColumn = keyof typeof areaColumns;

export const columnsOf = { officers: officerColumns, areas: areaColumns } as const;

/** The column names each kind of file needs, for the import page. */
export type ImportColumns = Record<ImportKind, string[]>;

/** One problem in an uploaded file: `field` is the CSV column, `reason` a key under "errors". */
export type ImportProblem = { line: number; field: string; reason: string };

export type ImportCounts = { rowCount: number; inserts: number; updates: number; unchanged: number };

export type PreviewResult = { ok: false; errors: ImportProblem[] } | ({ ok: true; importId: string; kind: ImportKind } & ImportCounts);

export type ConfirmResult = { ok: false; errors: ImportProblem[] } | ({ ok: true; kind: ImportKind } & ImportCounts);
