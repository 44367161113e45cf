import { getTranslations } from "next-intl/server";

import type { Figures } from "@/domain/statistics/figures";
import { cell, type Column } from "@/domain/statistics/table";

/** A table of figures, one row per month or unit: the same cells the CSV download writes. */
export async function FiguresTable({
  caption,
  rowHeader,
  rows,
  columns,
}: {
  caption: string;
  rowHeader: "month" | "unit";
  rows: { key: string; label: string; figures: Figures }[];
  columns: readonly Column[];
}) {
  const t = await getTranslations("statistics.columns");
  return (
    // Scrolls sideways on a phone; focusable, so the keyboard can scroll it too.
    <div className="mb-4 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      {/* The cells' look is set once here, not on each of several hundred cells: a smaller page. */}
      <table className="min-w-full border-collapse text-sm [&_td]:py-1 [&_td]:pr-3 [&_td]:text-right [&_td]:tabular-nums [&_tbody_th]:whitespace-nowrap [&_tbody_th]:py-1 [&_tbody_th]:pr-3 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400 text-left align-bottom">
            <th scope="col" className="py-1 pr-3">
              {t(rowHeader)}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="py-1 pr-3 text-right">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {columns.map((c) => (
                <td key={c}>{cell(r.figures, c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
