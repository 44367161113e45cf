import "server-only";

import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";

import { getDb } from "@/db/client";
import { statisticsMonthly, statisticsRefreshes, units, type StatisticsScope } from "@/db/schema";

import { addRow, emptyTotals, figuresOf, type Figures, type Totals } from "./figures";
import { addMonths, firstDay, monthOf, monthsBetween } from "./months";

export type MonthFigures = { month: string; figures: Figures };

async function rowsFor(scope: StatisticsScope, scopeIds: number[], from: string, to: string) {
  const db = await getDb();
  return db
    .select()
    .from(statisticsMonthly)
    .where(
      and(
        eq(statisticsMonthly.scope, scope),
        inArray(statisticsMonthly.scopeId, scopeIds),
        gte(statisticsMonthly.month, firstDay(from)),
        lte(statisticsMonthly.month, firstDay(to)),
      ),
    )
    .orderBy(asc(statisticsMonthly.month));
}

/** Figures for each month from `from` to `to` (months without requests show zeros) and for the span. */
export async function monthlySeries(
  scope: StatisticsScope,
  scopeId: number,
  from: string,
  to: string,
): Promise<{ months: MonthFigures[]; total: Figures }> {
  const rows = await rowsFor(scope, [scopeId], from, to);
  const byMonth = new Map(rows.map((r) => [r.month.slice(0, 7), r]));
  const total = emptyTotals();
  const months = monthsBetween(from, to).map((month) => {
    const row = byMonth.get(month);
    const totals = row ? addRow(emptyTotals(), row) : emptyTotals();
    if (row) addRow(total, row);
    return { month, figures: figuresOf(totals) };
  });
  return { months, total: figuresOf(total) };
}

/** Each unit's figures over the span, keyed by unit id. */
export async function unitTotals(unitIds: number[], from: string, to: string): Promise<Map<number, Figures>> {
  const totals = new Map<number, Totals>(unitIds.map((id) => [id, emptyTotals()]));
  if (unitIds.length === 0) return new Map();
  for (const row of await rowsFor("unit", unitIds, from, to)) addRow(totals.get(row.scopeId)!, row);
  return new Map([...totals].map(([id, t]) => [id, figuresOf(t)]));
}

/** When the aggregates were last brought up to date; null before the first refresh. */
export async function statisticsRefreshedAt(): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db.select({ at: statisticsRefreshes.refreshedAt }).from(statisticsRefreshes).limit(1);
  return row?.at ?? null;
}

/** "Responsiveness on the record": a unit's or an officer's last 12 months, this month included. */
export async function responsiveness(scope: "unit" | "officer", id: number, now = new Date()): Promise<Figures> {
  const to = monthOf(now);
  return (await monthlySeries(scope, id, addMonths(to, -11), to)).total;
}

/** This month's bureau-wide figures, for the staff dashboard. */
export async function thisMonth(now = new Date()): Promise<{ month: string; figures: Figures }> {
  const month = monthOf(now);
  return { month, figures: (await monthlySeries("bureau", 0, month, month)).total };
}

/** The units statistics are kept for, in directory order: the bureau's stations and brigades. */
export async function statisticsUnits() {
  const db = await getDb();
  return db
    .select({ id: units.id, slug: units.slug, nameZh: units.nameZh, nameEn: units.nameEn, kind: units.kind })
    .from(units)
    .where(inArray(units.kind, ["station", "brigade"]))
    .orderBy(asc(units.sort), asc(units.id));
}
