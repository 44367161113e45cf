import "server-only";

import { z } from "zod";

import { cached } from "../cache";
import type { Ctx } from "../context";
import type { Figures } from "./figures";
import { addMonths, MAX_MONTHS, MONTH, monthOf, monthsBetween } from "./months";
import { monthlySeries, statisticsRefreshedAt, statisticsUnits, unitTotals, type MonthFigures } from "./queries";

// From the query string: anything may arrive; what is not understood is left at its default.
const month = z.string().regex(MONTH).optional().catch(undefined);
export const StatisticsQuery = z.object({
  from: month,
  to: month,
  unit: z.string().max(80).optional().catch(undefined),
});
export type StatisticsQuery = { from?: unknown; to?: unknown; unit?: unknown };

export type StatisticsUnit = { id: number; slug: string; nameZh: string; nameEn: string; kind: string };

export type StatisticsPage = {
  from: string;
  to: string;
  /** The unit filtered on; null for the bureau as a whole. */
  unit: StatisticsUnit | null;
  units: StatisticsUnit[];
  months: MonthFigures[];
  total: Figures;
  byUnit: { unit: StatisticsUnit; figures: Figures }[];
  refreshedAt: Date | null;
};

/**
 * What /transparency/statistics shows, its downloads too: the months from
 * `from` to `to` (the last twelve by default, at most 36) for the bureau or one
 * unit, and every station and brigade over the same months. Public: anyone may
 * read it, and it reads only the monthly aggregates.
 */
export async function getStatisticsPage(_ctx: Ctx, input: StatisticsQuery, now = new Date()): Promise<StatisticsPage> {
  const query = StatisticsQuery.parse(input);
  const current = monthOf(now);
  let to = query.to && query.to <= current ? query.to : current;
  let from = query.from ?? addMonths(to, -11);
  if (from > to) [from, to] = [to, from];
  if (monthsBetween(from, to).length > MAX_MONTHS) from = addMonths(to, -(MAX_MONTHS - 1));
  const [units, refreshedAt] = await Promise.all([cached("directory", "statistics:units", statisticsUnits), statisticsRefreshedAt()]);
  const unit = units.find((u) => u.slug === query.unit) ?? null;
  const compute = () => computePage(from, to, units, unit, refreshedAt);
  // The last twelve months, for the bureau or one unit, are what nearly every visitor asks for: those
  // are kept until the aggregates are next refreshed (the refresh time is in the key) or the directory
  // changes (unit names). Other spans are computed each time, so no one can fill the memory with them.
  if (from !== addMonths(current, -11) || to !== current) return compute();
  return cached("directory", `statistics:${unit?.slug ?? ""}:${from}:${refreshedAt?.toISOString() ?? "never"}`, compute);
}

async function computePage(
  from: string,
  to: string,
  units: StatisticsUnit[],
  unit: StatisticsUnit | null,
  refreshedAt: Date | null,
): Promise<StatisticsPage> {
  const [series, totals] = await Promise.all([
    monthlySeries(unit ? "unit" : "bureau", unit?.id ?? 0, from, to),
    unitTotals(
      units.map((u) => u.id),
      from,
      to,
    ),
  ]);
  return {
    from,
    to,
    unit,
    units,
    months: series.months,
    total: series.total,
    byUnit: units.map((u) => ({ unit: u, figures: totals.get(u.id)! })),
    refreshedAt,
  };
}
