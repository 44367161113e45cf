import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AssignedToMe } from "@/components/desk/assigned-to-me";
import { MostBacked } from "@/components/desk/most-backed";
import { OverdueByUnitTable } from "@/components/requests/overdue-by-unit";
import { QueueShortcuts } from "@/components/requests/queue-shortcuts";
import { FiguresSummary } from "@/components/statistics/figures-summary";
import { PageProblem } from "@/components/ui/page-problem";
import { assignedToMe, mostBacked } from "@/domain/desk/staff-lists";
import { getDirectorySummary } from "@/domain/directory/summary";
import { overdueByUnit } from "@/domain/requests/staff/overdue-by-unit";
import { queueCounts } from "@/domain/requests/staff/queue";
import { thisMonth } from "@/domain/statistics/queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("title") };
}

export default async function StaffDashboardPage() {
  const ctx = await getCtx();
  const [read, counts, overdue, mine, backed, month] = await Promise.all([
    readForPage(getDirectorySummary(ctx)),
    readForPage(queueCounts(ctx)),
    readForPage(overdueByUnit(ctx)),
    readForPage(assignedToMe(ctx)),
    readForPage(mostBacked(ctx)),
    thisMonth(),
  ]);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  if (!counts.ok) return <PageProblem kind={counts.problem} roles={counts.roles} current={counts.current} />;
  if (!overdue.ok) return <PageProblem kind={overdue.problem} roles={overdue.roles} current={overdue.current} />;
  if (!mine.ok) return <PageProblem kind={mine.problem} roles={mine.roles} current={mine.current} />;
  if (!backed.ok) return <PageProblem kind={backed.problem} roles={backed.roles} current={backed.current} />;
  const summary = read.data;
  const t = await getTranslations("staff");
  const figures = [
    { key: "units", value: summary.units },
    { key: "officers", value: summary.officers },
    { key: "communities", value: summary.communities },
    { key: "villages", value: summary.villages },
  ] as const;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      {summary.myUnit && (
        <p className="mb-4">{t("myUnit", { unit: ctx.locale === "en" ? summary.myUnit.nameEn : summary.myUnit.nameZh })}</p>
      )}
      <AssignedToMe items={mine.data} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("requestsTitle")}</h2>
      <QueueShortcuts counts={counts.data} />
      <div className="mt-6">
        <MostBacked items={backed.data} />
      </div>
      <h2 className="mb-2 mt-6 text-xl font-bold">
        {t("statisticsTitle")} ({month.month})
      </h2>
      <FiguresSummary figures={month.figures} items={["onTime", "satisfaction"]} />
      <p className="mb-4">
        <a href="/transparency/statistics">{t("statisticsLink")}</a>
      </p>
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("overdueByUnit")}</h2>
      <OverdueByUnitTable rows={overdue.data} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("directoryTitle")}</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map((f) => (
          <div key={f.key} className="rounded border border-slate-300 p-3">
            <dt className="text-sm text-slate-700">{t(f.key)}</dt>
            <dd className="text-2xl font-bold">{f.value.toLocaleString(ctx.locale)}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
