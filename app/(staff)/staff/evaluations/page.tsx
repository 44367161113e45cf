import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ModerationForms } from "@/components/evaluations/moderation-forms";
import { placeName } from "@/components/officers/names";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { listStaffEvaluations, staffFilters, type StaffFilter } from "@/domain/evaluations/staff-queries";
import { getCtx } from "@/lib/auth/context";
import { dateTimeFormat } from "@/lib/core/intl-formats";
import { readForPage } from "@/lib/errors";

import { moderateEvaluationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffEvaluations"))("title") };
}

type Props = { searchParams: Promise<{ show?: string; decided?: string; error?: string }> };
const outcomes = { approve: "approved", hide: "hidden", count: "counted" } as const;

export default async function StaffEvaluationsPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const show: StaffFilter = staffFilters.includes(params.show as StaffFilter) ? (params.show as StaffFilter) : "pending";
  const read = await readForPage(listStaffEvaluations(ctx, show), "/staff/evaluations");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const { items, mayModerate } = read.data;
  const t = await getTranslations("staffEvaluations");
  const time = dateTimeFormat(ctx.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const returnTo = `/staff/evaluations?show=${show}`;
  const decided = outcomes[params.decided as keyof typeof outcomes];
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{mayModerate ? t("intro") : t("officerIntro")}</p>
      <OutcomeNotice error={params.error} success={decided ? t(decided) : null} />
      <nav aria-label={t("title")} className="mb-4">
        <ul className="flex flex-wrap gap-x-4">
          {staffFilters.map((f) => (
            <li key={f}>
              <a
                href={`/staff/evaluations?show=${f}`}
                aria-current={f === show ? "page" : undefined}
                className={f === show ? "font-bold" : ""}
              >
                {t(`filters.${f}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 && <p>{t("empty")}</p>}
      <ol className="max-w-3xl">
        {items.map((item) => (
          <li key={item.id} className="mb-4 rounded border-2 border-slate-300 p-3">
            <h2 className="font-bold">{t("about", { name: placeName(item.target, ctx.locale) })}</h2>
            <p className="text-sm text-slate-700">
              {time.format(item.createdAt)} ·{" "}
              {t("scores", { attitude: item.scores[0], efficiency: item.scores[1], fairness: item.scores[2] })}
              {item.verified && <> · {t("verified")}</>}
              {item.state === "held" && <> · {t("held")}</>}
            </p>
            {item.comment && (
              <dl className="my-2">
                <dt className="font-semibold">{t("original")}</dt>
                <dd className="mb-1 whitespace-pre-line">{item.comment}</dd>
                {item.commentState === "approved" ? (
                  <>
                    <dt className="font-semibold">{t("publicCopy")}</dt>
                    <dd className="whitespace-pre-line">{item.commentPublic}</dd>
                  </>
                ) : (
                  item.maskedPreview !== item.comment && (
                    <>
                      <dt className="font-semibold">{t("maskedPreview")}</dt>
                      <dd className="whitespace-pre-line">{item.maskedPreview}</dd>
                    </>
                  )
                )}
              </dl>
            )}
            {item.hiddenReason && <p className="mb-2">{t("hiddenBecause", { reason: t(`reasons.${item.hiddenReason}`) })}</p>}
            {mayModerate && <ModerationForms item={item} returnTo={returnTo} action={moderateEvaluationAction} />}
          </li>
        ))}
      </ol>
    </>
  );
}
