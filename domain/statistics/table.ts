/**
 * The columns of the statistics tables, and each cell as text: the page's
 * tables and the CSV download write the same strings, so what is downloaded
 * is exactly what is shown. "<5" stands for a suppressed count, "–" for
 * nothing to measure.
 */
import { sixSmalls } from "@/lib/core/values";

import type { Average, Count, Figures, Median, Rate } from "./figures";

export const mainColumns = [
  "requests",
  "onTime",
  "satisfaction",
  "rated",
  "firstResponseHours",
  "answerDays",
  "reopened",
  "evaluation",
] as const;
export const breakdownColumns = ["application", "question", "feedback", ...sixSmalls] as const;
export type MainColumn = (typeof mainColumns)[number];
export type BreakdownColumn = (typeof breakdownColumns)[number];
export type Column = MainColumn | BreakdownColumn;

export const SUPPRESSED = "<5";
export const NOTHING = "–";

function count(n: Count): string {
  return n === null ? SUPPRESSED : String(n);
}

function share(r: Rate): string {
  if (r.value === null) return r.of === 0 ? NOTHING : SUPPRESSED;
  return (Math.round(r.value * 1000) / 10).toFixed(1);
}

function median(m: Median): string {
  if (m.value === null) return m.of === 0 ? NOTHING : SUPPRESSED;
  return String(m.value);
}

function average(a: Average): string {
  if (a.value === null) return a.of === 0 ? NOTHING : SUPPRESSED;
  return a.value.toFixed(1);
}

export function cell(f: Figures, column: Column): string {
  switch (column) {
    case "requests":
      return count(f.requests);
    case "onTime":
      return share(f.onTime);
    case "satisfaction":
      return share(f.satisfaction);
    case "rated":
      return share(f.rated);
    case "firstResponseHours":
      return median(f.firstResponseHours);
    case "answerDays":
      return median(f.answerDays);
    case "reopened":
      return count(f.reopened);
    case "evaluation":
      return average(f.evaluation);
    case "application":
    case "question":
    case "feedback":
      return count(f.byKind[column]);
    default:
      return count(f.byCategory[column]);
  }
}
