import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { placeName } from "@/components/officers/names";
import { BarChart } from "@/components/statistics/bar-chart";
import { FiguresSummary } from "@/components/statistics/figures-summary";
import { FiguresTable } from "@/components/statistics/figures-table";
import { LineChart } from "@/components/statistics/line-chart";
import { StatisticsDefinitions } from "@/components/statistics/statistics-definitions";
import { StatisticsFilters } from "@/components/statistics/statistics-filters";
import { PageProblem } from "@/components/ui/page-problem";
import { getStatisticsPage } from "@/domain/statistics/page";
import { breakdownColumns, mainColumns } from "@/domain/statistics/table";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type Search = { from?: string | string[]; to?: string | string[]; unit?: string | string[] };
type Props = { searchParams: Promise<Search> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("statistics"))("title") };
}

export default async function StatisticsPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const search = await searchParams;
  const read = await readForPage(getStatisticsPage(ctx, { from: first(search.from), to: first(search.to), unit: first(search.unit) }));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const data = read.data;
  const t = await getTranslations("statistics");
  const nav = await getTranslations("nav");
  const format = await getFormatter();
  const scope = data.unit ? placeName(data.unit, ctx.locale) : t("filters.bureau");
  const query = new URLSearchParams({ from: data.from, to: data.to, ...(data.unit ? { unit: data.unit.slug } : {}) }).toString();
  const percent = (v: number | null) => (v === null ? null : v * 100);
  const range = { from: data.from, to: data.to };
  return (
    <>
      <p className="mb-2">
        <a href="/transparency">{nav("transparency")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl">{t("intro")}</p>
      <p className="mb-4 text-sm text-slate-700">
        {data.refreshedAt
          ? t("refreshedAt", {
              time: format.dateTime(data.refreshedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }),
            })
          : t("notYet")}
      </p>
      <StatisticsFilters from={data.from} to={data.to} unitSlug={data.unit?.slug ?? ""} units={data.units} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("showing", { scope, ...range })}</h2>
      <FiguresSummary figures={data.total} items={["onTime", "satisfaction", "firstResponse", "answer"]} />

      <section aria-labelledby="trend-title" className="mt-6">
        <h2 id="trend-title" className="mb-2 text-xl font-bold">
          {t("trend.title")}
        </h2>
        <LineChart
          id="trend-chart"
          title={t("trend.title")}
          description={t("trend.description", range)}
          labels={data.months.map((m) => m.month)}
          series={[
            { label: t("labels.onTime"), color: "#047857", values: data.months.map((m) => percent(m.figures.onTime.value)) },
            {
              label: t("labels.satisfaction"),
              color: "#1d4ed8",
              dashed: true,
              values: data.months.map((m) => percent(m.figures.satisfaction.value)),
            },
          ]}
        />
        <FiguresTable
          caption={t("trend.tableCaption")}
          rowHeader="month"
          columns={mainColumns}
          rows={data.months.map((m) => ({ key: m.month, label: m.month, figures: m.figures }))}
        />
      </section>

      <section aria-labelledby="units-title" className="mt-6">
        <h2 id="units-title" className="mb-2 text-xl font-bold">
          {t("units.title")}
        </h2>
        <BarChart
          id="units-chart"
          title={t("units.title")}
          description={t("units.description", range)}
          bars={data.byUnit.map((u) => ({ label: placeName(u.unit, ctx.locale), value: u.figures.requests ?? 0 }))}
        />
        <FiguresTable
          caption={t("units.tableCaption")}
          rowHeader="unit"
          columns={mainColumns}
          rows={data.byUnit.map((u) => ({ key: u.unit.slug, label: placeName(u.unit, ctx.locale), figures: u.figures }))}
        />
      </section>

      <section aria-labelledby="breakdown-title" className="mt-6">
        <h2 id="breakdown-title" className="mb-2 text-xl font-bold">
          {t("breakdown.title")}
        </h2>
        <FiguresTable
          caption={t("breakdown.tableCaption")}
          rowHeader="month"
          columns={breakdownColumns}
          rows={data.months.map((m) => ({ key: m.month, label: m.month, figures: m.figures }))}
        />
      </section>

      <section aria-labelledby="downloads-title" className="mt-6">
        <h2 id="downloads-title" className="mb-2 text-xl font-bold">
          {t("downloads.title")}
        </h2>
        <ul className="list-disc pl-6">
          <li>
            <a href={`/transparency/statistics.csv?${query}`}>{t("downloads.csv")}</a>
          </li>
          <li>
            <a href={`/transparency/statistics.json?${query}`}>{t("downloads.json")}</a>
          </li>
        </ul>
      </section>
      <StatisticsDefinitions />
    </>
  );
}
