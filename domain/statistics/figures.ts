/**
 * Figures from monthly aggregate rows: pure, so the same arithmetic serves the
 * statistics page, the staff dashboard and the officer and unit pages, and can
 * be tested without a database. Counts of 1 to 4 are suppressed (null), and
 * so is any rate or median resting on fewer than 5 requests: no one can be
 * picked out of a small cell.
 */
import type { Histogram, StatisticsRow } from "@/db/schema/statistics";
import { sixSmalls, type RequestKind, type SixSmall } from "@/lib/core/values";

export const MIN_CELL = 5;

export const sumColumns = [
  "requests",
  "applications",
  "questions",
  "feedback",
  ...sixSmalls,
  "due",
  "onTime",
  "resolved",
  "rated",
  "satisfied",
  "reopened",
  "evaluations",
  "evaluationPoints",
] as const;
export type SumColumn = (typeof sumColumns)[number];

/** Rows added together: counts summed, histograms merged. */
export type Totals = Record<SumColumn, number> & { firstResponseHours: Histogram; answerDays: Histogram };

/** A count shown, or null when it is 1 to 4. */
export type Count = number | null;
/** A share from 0 to 1 and the count it rests on; value null when that count is under 5. */
export type Rate = { value: number | null; of: Count };
/** A median and the count it rests on; value null when that count is under 5. */
export type Median = { value: number | null; of: Count };
/** An average score from 1 to 5, to one decimal, and how many ratings it rests on; value null under 5. */
export type Average = { value: number | null; of: Count };

export type Figures = {
  requests: Count;
  byKind: Record<RequestKind, Count>;
  byCategory: Record<SixSmall, Count>;
  onTime: Rate;
  firstResponseHours: Median;
  answerDays: Median;
  satisfaction: Rate;
  rated: Rate;
  reopened: Count;
  /** Open-door ratings (attitude, efficiency, fairness) of the scope. */
  evaluation: Average;
};

export function emptyTotals(): Totals {
  const totals = Object.fromEntries(sumColumns.map((c) => [c, 0])) as Record<SumColumn, number>;
  return { ...totals, firstResponseHours: {}, answerDays: {} };
}

function mergeHistogram(into: Histogram, from: Histogram): void {
  for (const [bucket, n] of Object.entries(from)) into[bucket] = (into[bucket] ?? 0) + n;
}

export function addRow(totals: Totals, row: Pick<StatisticsRow, SumColumn | "firstResponseHours" | "answerDays">): Totals {
  for (const column of sumColumns) totals[column] += row[column];
  mergeHistogram(totals.firstResponseHours, row.firstResponseHours);
  mergeHistogram(totals.answerDays, row.answerDays);
  return totals;
}

export function histogramSize(histogram: Histogram): number {
  return Object.values(histogram).reduce((a, b) => a + b, 0);
}

/** The middle value (the mean of the two middle ones for an even count); null when empty. */
export function histogramMedian(histogram: Histogram): number | null {
  const buckets = Object.entries(histogram)
    .map(([value, n]) => [Number(value), n] as const)
    .sort((a, b) => a[0] - b[0]);
  const size = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (size === 0) return null;
  const at = (position: number): number => {
    let seen = 0;
    for (const [value, n] of buckets) {
      seen += n;
      if (position < seen) return value;
    }
    return buckets.at(-1)![0];
  };
  return size % 2 === 1 ? at((size - 1) / 2) : (at(size / 2 - 1) + at(size / 2)) / 2;
}

/** The median of plain values, the way the aggregates compute it: for checking them. */
export function medianOf(values: number[]): number | null {
  const histogram: Histogram = {};
  for (const v of values) histogram[String(v)] = (histogram[String(v)] ?? 0) + 1;
  return histogramMedian(histogram);
}

export function shown(n: number): Count {
  return n > 0 && n < MIN_CELL ? null : n;
}

function rate(part: number, whole: number): Rate {
  return { value: whole >= MIN_CELL ? part / whole : null, of: shown(whole) };
}

function median(histogram: Histogram): Median {
  const size = histogramSize(histogram);
  return { value: size >= MIN_CELL ? histogramMedian(histogram) : null, of: shown(size) };
}

export function figuresOf(t: Totals): Figures {
  return {
    requests: shown(t.requests),
    byKind: { application: shown(t.applications), question: shown(t.questions), feedback: shown(t.feedback) },
    byCategory: Object.fromEntries(sixSmalls.map((c) => [c, shown(t[c])])) as Record<SixSmall, Count>,
    onTime: rate(t.onTime, t.due),
    firstResponseHours: median(t.firstResponseHours),
    answerDays: median(t.answerDays),
    satisfaction: rate(t.satisfied, t.rated),
    rated: rate(t.rated, t.resolved),
    reopened: shown(t.reopened),
    evaluation: {
      value: t.evaluations >= MIN_CELL ? Math.round((t.evaluationPoints / (3 * t.evaluations)) * 10) / 10 : null,
      of: shown(t.evaluations),
    },
  };
}
