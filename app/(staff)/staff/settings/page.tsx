import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { DeadlinesForm, type DeadlineGroup } from "@/components/settings/deadlines-form";
import { HolidayFormView } from "@/components/settings/holiday-form";
import { HolidayTable } from "@/components/settings/holiday-table";
import { SecurityForm } from "@/components/settings/security-form";
import { PageProblem } from "@/components/ui/page-problem";
import { getSecuritySettings } from "@/domain/accounts/security-settings";
import { localDate } from "@/domain/requests/working-days";
import { getDeadlineSettings, listHolidays } from "@/domain/settings/queries";
import { HolidayDate, HolidayYear } from "@/domain/settings/schemas";
import { getCtx } from "@/lib/auth/context";
import { feedbackTopics, sixSmalls } from "@/lib/core/values";
import { readForPage } from "@/lib/errors";

import { deleteHolidayAction, saveHolidayAction, updateDeadlinesAction, updateSecurityAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const isSixSmall = (key: string): key is (typeof sixSmalls)[number] => (sixSmalls as readonly string[]).includes(key);
const isTopic = (key: string): key is (typeof feedbackTopics)[number] => (feedbackTopics as readonly string[]).includes(key);

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await getCtx();
  const query = await searchParams;
  // The year in Shanghai, where the bureau's calendar runs, unless one was asked for.
  const year = HolidayYear.safeParse(one(query.year)).data ?? Number(localDate(new Date()).slice(0, 4));
  const returnTo = `/staff/settings?year=${year}`;
  const [deadlines, days, security] = await Promise.all([
    readForPage(getDeadlineSettings(ctx), returnTo),
    readForPage(listHolidays(ctx, { year }), returnTo),
    readForPage(getSecuritySettings(ctx), returnTo),
  ]);
  if (!deadlines.ok) return <PageProblem kind={deadlines.problem} roles={deadlines.roles} current={deadlines.current} />;
  if (!security.ok) return <PageProblem kind={security.problem} roles={security.roles} current={security.current} />;
  if (!days.ok) return <PageProblem kind={days.problem} roles={days.roles} current={days.current} />;

  const t = await getTranslations("settings");
  const feedback = await getTranslations("feedback");
  const errors = await getTranslations("errors");
  const labelOf = (key: string) =>
    isSixSmall(key)
      ? feedback(`categories.${key}.title`)
      : isTopic(key)
        ? feedback(`topics.${key}.title`)
        : key === "question"
          ? t("deadlines.question")
          : key;
  const fields = Object.entries(deadlines.data).map(([key, workingDays]) => ({ key, label: labelOf(key), days: workingDays }));
  const groups: DeadlineGroup[] = [
    { legend: t("deadlines.problems"), fields: fields.filter((f) => isSixSmall(f.key)) },
    { legend: t("deadlines.others"), fields: fields.filter((f) => !isSixSmall(f.key)) },
  ];

  const editing = days.data.find((d) => d.date === one(query.edit));
  const deleted = HolidayDate.safeParse(one(query.deleted)).data;
  const problem = one(query.error);
  const problemKey = problem && errors.has(problem as Parameters<typeof errors>[0]) ? (problem as Parameters<typeof errors>[0]) : "invalid";

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>

      <section aria-labelledby="deadlines-title" className="mb-10 max-w-3xl">
        <h2 id="deadlines-title" className="mb-2 text-xl font-bold">
          {t("deadlines.title")}
        </h2>
        <p className="mb-4">{t("deadlines.intro")}</p>
        <DeadlinesForm groups={groups} action={updateDeadlinesAction} />
      </section>

      <section aria-labelledby="security-title" className="mb-10 max-w-3xl">
        <h2 id="security-title" className="mb-2 text-xl font-bold">
          {t("security.title")}
        </h2>
        <p className="mb-4">{t("security.intro")}</p>
        <SecurityForm officersNeedSecondFactor={security.data.officersNeedSecondFactor} action={updateSecurityAction} />
      </section>

      <section id="holidays" aria-labelledby="holidays-title" className="max-w-4xl">
        <h2 id="holidays-title" className="mb-2 text-xl font-bold">
          {t("holidays.title", { year })}
        </h2>
        <p className="mb-4">{t("holidays.intro")}</p>
        <nav aria-label={t("holidays.years")} className="mb-4 flex flex-wrap justify-between gap-4">
          {year > 2000 && (
            <Link prefetch={false} href={`/staff/settings?year=${year - 1}#holidays`} rel="prev">
              {t("holidays.previous", { year: year - 1 })}
            </Link>
          )}
          {year < 2100 && (
            <Link prefetch={false} href={`/staff/settings?year=${year + 1}#holidays`} rel="next">
              {t("holidays.next", { year: year + 1 })}
            </Link>
          )}
        </nav>
        {deleted && (
          <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
            {t("holidays.deleted", { date: deleted })}
          </p>
        )}
        {problem && (
          <p role="alert" className="mb-4 border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
            {errors(problemKey)}
          </p>
        )}
        <HolidayTable year={year} days={days.data} locale={ctx.locale} deleteAction={deleteHolidayAction} />

        <div id="holiday-form" className="max-w-xl">
          <h3 className="mb-3 text-lg font-bold">{editing ? t("holidays.editTitle", { date: editing.date }) : t("holidays.addTitle")}</h3>
          {editing && (
            <p className="mb-4">
              <Link prefetch={false} href={`/staff/settings?year=${year}#holiday-form`}>
                {t("holidays.addInstead")}
              </Link>
            </p>
          )}
          <HolidayFormView key={editing?.date ?? "new"} initial={editing ?? {}} action={saveHolidayAction} />
        </div>
      </section>
    </>
  );
}
