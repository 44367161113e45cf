import { toCsv } from "@/lib/core/csv";

import type { Figures } from "./figures";
import type { StatisticsPage } from "./page";
import { breakdownColumns, cell, mainColumns, type Column } from "./table";

export type CsvLabels = Record<Column | "month" | "unit", string> & { bureau: string };

const name = (n: { nameZh: string; nameEn: string }, locale: string) => (locale === "en" ? n.nameEn : n.nameZh);

/**
 * The page's tables as one CSV (UTF-8 with a byte-order mark): a row per
 * month for the chosen scope with its kinds and categories, then a row per
 * unit over the months. Cells are the very strings the tables show.
 */
export function statisticsCsv(page: StatisticsPage, labels: CsvLabels, locale: string): string {
  const scope = page.unit ? name(page.unit, locale) : labels.bureau;
  const row = (month: string, unit: string, f: Figures, breakdown: boolean) => [
    month,
    unit,
    ...mainColumns.map((c) => cell(f, c)),
    ...breakdownColumns.map((c) => (breakdown ? cell(f, c) : "")),
  ];
  return toCsv(
    [labels.month, labels.unit, ...mainColumns.map((c) => labels[c]), ...breakdownColumns.map((c) => labels[c])],
    [
      ...page.months.map((m) => row(m.month, scope, m.figures, true)),
      ...page.byUnit.map((u) => row(`${page.from}/${page.to}`, name(u.unit, locale), u.figures, false)),
    ],
  );
}

/** The same figures as data: null where a figure is suppressed (fewer than 5) or there is nothing to measure. */
export function statisticsJson(page: StatisticsPage) {
  const unitOf = (u: { slug: string; nameZh: string; nameEn: string }) => ({ slug: u.slug, nameZh: u.nameZh, nameEn: u.nameEn });
  return {
    from: page.from,
    to: page.to,
    unit: page.unit ? unitOf(page.unit) : null,
    refreshedAt: page.refreshedAt?.toISOString() ?? null,
    notes: {
      rates: "from 0 to 1; value null when it rests on fewer than 5 requests",
      counts: "null when from 1 to 4 (suppressed)",
      firstResponseHours: "median whole working hours from arrival to the first public reply",
      answerDays: "median working days from the day of arrival to the answer",
      evaluation:
        "average open-door rating from 1 to 5 (attitude, efficiency and fairness), of ratings given in the months; value null when there are fewer than 5",
    },
    total: page.total,
    months: page.months,
    units: page.byUnit.map((u) => ({ unit: unitOf(u.unit), figures: u.figures })),
  };
}
