import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ResidentForms } from "@/components/feedback/resident-forms";
import { WithdrawForm } from "@/components/feedback/withdraw-form";
import { placeName } from "@/components/officers/names";
import { PageProblem } from "@/components/ui/page-problem";
import { getTrackedRequest } from "@/domain/requests/track";
import { getCtx } from "@/lib/auth/context";
import { dateTimeFormat } from "@/lib/core/intl-formats";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  // The tracking link is a secret: keep it out of search engines and referrers.
  return { title: (await getTranslations("track"))("title"), robots: { index: false, follow: false } };
}

export default async function TrackedRequestPage({ params }: { params: Promise<{ token: string }> }) {
  const ctx = await getCtx();
  const { token } = await params;
  const read = await readForPage(getTrackedRequest(ctx, token));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const r = read.data;
  const t = await getTranslations("track");
  const f = await getTranslations("feedback");
  const when = (d: Date) => dateTimeFormat(ctx.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(d);
  const categoryLabel = r.category
    ? f(`categories.${r.category as "incident"}.title`)
    : r.topic
      ? f(`topics.${r.topic as "problem"}.title`)
      : "—";
  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 font-mono text-lg">{r.trackingNumber}</p>
      <h2 className="mb-2 text-xl font-bold">{r.subject}</h2>
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statuses.${r.status}`)}</dd>
        <dt className="font-semibold">{t("category")}</dt>
        <dd>{categoryLabel}</dd>
        {(r.unit || !r.closedAt) && (
          <>
            <dt className="font-semibold">{t("unit")}</dt>
            <dd>{r.unit ? placeName(r.unit, ctx.locale) : t("unassigned")}</dd>
          </>
        )}
        <dt className="font-semibold">{t("received")}</dt>
        <dd>{when(r.createdAt)}</dd>
        {r.closedAt ? (
          <>
            <dt className="font-semibold">{t(`closedOn.${r.status as "withdrawn"}`)}</dt>
            <dd>{when(r.closedAt)}</dd>
          </>
        ) : (
          <>
            <dt className="font-semibold">{t("deadline")}</dt>
            <dd>{t("deadlineWithState", { date: when(r.deadlineAt), state: r.onTime ? t("onTime") : t("late") })}</dd>
          </>
        )}
        {r.satisfaction && (
          <>
            <dt className="font-semibold">{t("yourRating")}</dt>
            <dd>{t(`ratings.${r.satisfaction as "satisfied"}`)}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="mb-2 text-xl font-bold">
          {t("timeline")}
        </h2>
        <ol className="border-l-4 border-emerald-800 pl-4">
          {r.timeline.map((event, i) => (
            <li key={i} className="mb-3">
              <p className="font-semibold">
                {t.has(`events.${event.type}` as "events.submitted") ? t(`events.${event.type}` as "events.submitted") : event.type}
              </p>
              <p className="text-sm text-slate-700">{when(event.createdAt)}</p>
              {event.body && <p className="whitespace-pre-line">{event.body}</p>}
            </li>
          ))}
        </ol>
      </section>
      <ResidentForms token={token} canAddInfo={r.canAddInfo} canRate={r.canRate} infoRequested={r.status === "info_requested"} />
      {r.canWithdraw && (
        <section className="mt-6">
          <WithdrawForm token={token} />
        </section>
      )}
    </>
  );
}
