import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { visitWhen, visitWhere } from "@/components/neighbourhood/format";
import { inLocale } from "@/components/neighbourhood/localised";
import { PriorityFields, priorityLabels } from "@/components/neighbourhood/priority-fields";
import { VisitFields } from "@/components/neighbourhood/visit-fields";
import { visitLabels } from "@/components/neighbourhood/visit-labels";
import { placeName } from "@/components/officers/names";
import { ActionForm } from "@/components/ui/action-form";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { getStaffNeighbourhood } from "@/domain/neighbourhood/staff-queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { savePriorityAction, saveVisitAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffNeighbourhood"))("title") };
}

type Props = { searchParams: Promise<{ unit?: string; saved?: string }> };

export default async function StaffNeighbourhoodPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const read = await readForPage(getStaffNeighbourhood(ctx, params.unit), "/staff/neighbourhood");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const { station, stations, ...choices } = read.data;
  const t = await getTranslations("staffNeighbourhood");
  const saved = params.saved === "priority" || params.saved === "visit" ? t(`saved.${params.saved}`) : null;
  const visits = [...station.upcoming, ...station.past];
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro", { station: placeName(station, ctx.locale) })}</p>
      <OutcomeNotice success={saved} />
      {stations.length > 0 && (
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="unit" className="mb-1 block font-semibold">
              {t("station")}
            </label>
            <select id="unit" name="unit" defaultValue={station.slug} className="rounded border-2 border-slate-700 px-3 py-2">
              {stations.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {placeName(s, ctx.locale)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
            {t("show")}
          </button>
        </form>
      )}
      <h2 className="mb-2 text-xl font-bold">{t("priorities")}</h2>
      <ul className="mb-4">
        {station.priorities.map((p) => (
          <li key={p.id} className="mb-1">
            <a href={`/staff/neighbourhood/priorities/${p.id}`}>{t("edit", { what: inLocale(p.issue, p.issueEn, ctx.locale).text })}</a> (
            {p.dueOn})
          </li>
        ))}
      </ul>
      <h2 className="mb-2 text-xl font-bold">{t("visits")}</h2>
      <ul className="mb-6">
        {visits.map((v) => (
          <li key={v.id} className="mb-1">
            <a href={`/staff/neighbourhood/visits/${v.id}`}>
              {t("edit", { what: `${visitWhen(v, ctx.locale)}, ${visitWhere(v, ctx.locale)}` })}
            </a>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-priority" className="mb-8 max-w-2xl">
        <h2 id="new-priority" className="mb-2 text-xl font-bold">
          {t("newPriority")}
        </h2>
        <ActionForm action={savePriorityAction} submitLabel={t("publishPriority")} labels={await priorityLabels()}>
          <PriorityFields unitId={station.id} />
        </ActionForm>
      </section>
      <section aria-labelledby="new-visit" className="max-w-2xl">
        <h2 id="new-visit" className="mb-2 text-xl font-bold">
          {t("newVisit")}
        </h2>
        <ActionForm action={saveVisitAction} submitLabel={t("publishVisit")} labels={await visitLabels()}>
          <VisitFields unitId={station.id} choices={choices} locale={ctx.locale} />
        </ActionForm>
      </section>
    </>
  );
}
