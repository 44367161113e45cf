import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { ReassignSection } from "@/components/desk/reassign-section";
import { RequestPrioritySection } from "@/components/neighbourhood/request-priority-section";
import { PublishSection } from "@/components/requests/publish-section";
import { RequestActions } from "@/components/requests/request-actions";
import { ApplicationAnswers } from "@/components/services/application-answers";
import { PageProblem } from "@/components/ui/page-problem";
import { requestPriority } from "@/domain/neighbourhood/request-priority";
import { can } from "@/domain/permissions";
import { previewPublication } from "@/domain/requests/publication";
import { getStaffRequest } from "@/domain/requests/staff/detail";
import { draftReply } from "@/domain/requests/staff/draft-reply";
import { isOpen } from "@/domain/requests/status-machine";
import { listTemplates } from "@/domain/requests/templates";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { makePriorityAction } from "./priority-actions";

export async function generateMetadata({ params }: { params: Promise<{ trackingNo: string }> }): Promise<Metadata> {
  return { title: `${decodeURIComponent((await params).trackingNo)} · ${(await getTranslations("queue"))("title")}` };
}

type Props = { params: Promise<{ trackingNo: string }>; searchParams: Promise<{ template?: string; priority?: string }> };

export default async function StaffRequestPage({ params, searchParams }: Props) {
  const ctx = await getCtx();
  const { trackingNo } = await params;
  const read = await readForPage(getStaffRequest(ctx, decodeURIComponent(trackingNo)), `/staff/requests/${trackingNo}`);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const d = read.data;
  const r = d.request;
  const t = await getTranslations("queue");
  const track = await getTranslations("track");
  const f = await getTranslations("feedback");
  const format = await getFormatter();
  const templates = await listTemplates(ctx);
  const { template, priority } = await searchParams;
  const prefill = template ? ((await draftReply(ctx, { trackingNumber: r.trackingNumber, templateId: template }))?.text ?? "") : "";
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const en = ctx.locale === "en";
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/staff/requests">
          {t("title")}
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{r.subject}</h1>
      <p className="mb-4 font-mono">
        {r.trackingNumber} · {track(`statuses.${r.status}`)}
        {d.reopened && <strong className="ml-2 rounded bg-amber-200 px-1 font-sans text-amber-950">{t("reopened")}</strong>}
        {d.overdue && <strong className="ml-2 rounded bg-red-100 px-1 font-sans text-red-900">{t("overdueFlag")}</strong>}
      </p>
      {d.reopened && r.reopenedAt && <p className="mb-4 rounded bg-amber-50 p-2">{t("reopenedNote", { date: when(r.reopenedAt) })}</p>}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        {/* First in reading order (and so first on a phone): who wrote and by when it is due, before the forms; beside them on a wide screen. */}
        <aside aria-labelledby="facts-title" className="lg:col-start-2 lg:row-start-1">
          <h2 id="facts-title" className="mb-2 text-xl font-bold">
            {t("facts")}
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="font-semibold">{t("kind")}</dt>
            <dd>{t(`kinds.${r.kind}`)}</dd>
            {r.topic && (
              <>
                <dt className="font-semibold">{t("topic")}</dt>
                <dd>{f(`topics.${r.topic}.title`)}</dd>
              </>
            )}
            <dt className="font-semibold">{t("category")}</dt>
            <dd>{r.category ? f(`categories.${r.category}.title`) : "—"}</dd>
            <dt className="font-semibold">{t("unit")}</dt>
            <dd>{d.unit ? (en ? d.unit.nameEn : d.unit.nameZh) : t("unrouted")}</dd>
            <dt className="font-semibold">{t("area")}</dt>
            <dd>{d.area ? (en ? d.area.nameEn : d.area.nameZh) : "—"}</dd>
            {d.officerConcerned && (
              <>
                <dt className="font-semibold">{t("officerConcerned")}</dt>
                <dd>
                  {d.officerConcerned.nameZh} ({d.officerConcerned.badgeNumber})
                </dd>
              </>
            )}
            <dt className="font-semibold">{t("language")}</dt>
            <dd>{t(`languages.${r.locale === "en" ? "en" : "zh"}`)}</dd>
            <dt className="font-semibold">{t("received")}</dt>
            <dd>{when(r.createdAt)}</dd>
            {d.closedAt ? (
              <>
                <dt className="font-semibold">{track(`closedOn.${r.status as "withdrawn"}`)}</dt>
                <dd>{when(d.closedAt)}</dd>
              </>
            ) : (
              <>
                <dt className="font-semibold">{t("firstResponseDue")}</dt>
                <dd>{when(r.firstResponseDueAt)}</dd>
                <dt className="font-semibold">{t("deadline")}</dt>
                <dd>{when(r.deadlineAt)}</dd>
              </>
            )}
            {r.satisfaction && (
              <>
                <dt className="font-semibold">{t("rating")}</dt>
                <dd>{track(`ratings.${r.satisfaction}`)}</dd>
              </>
            )}
            <dt className="font-semibold">{t("contact")}</dt>
            <dd>{r.anonymous ? t("anonymous") : [r.contactName, r.contactPhone, r.contactEmail].filter(Boolean).join(" · ")}</dd>
            <dt className="font-semibold">{t("consent")}</dt>
            <dd>{r.consentToPublish ? t("yes") : t("no")}</dd>
          </dl>
        </aside>
        <div className="lg:col-start-1 lg:row-start-1">
          <section aria-labelledby="body-title" className="mb-6">
            <h2 id="body-title" className="mb-2 text-xl font-bold">
              {t("details")}
            </h2>
            <p className="whitespace-pre-line rounded border border-slate-300 p-3">{r.body}</p>
            {d.files.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {d.files.map((file) => (
                  <li key={file.id}>
                    <a href={`/staff/requests/${r.trackingNumber}/attachments/${file.id}`} download>
                      {file.fileName}
                    </a>{" "}
                    ({file.mediaType}, {Math.ceil(file.size / 1024)} KB)
                  </li>
                ))}
              </ul>
            )}
          </section>
          {r.kind === "application" && <ApplicationAnswers ctx={ctx} trackingNumber={r.trackingNumber} />}
          <section aria-labelledby="timeline-title" className="mb-6">
            <h2 id="timeline-title" className="mb-2 text-xl font-bold">
              {track("timeline")}
            </h2>
            <ol className="border-l-4 border-slate-400 pl-4">
              {d.timeline.map((e) => (
                <li key={e.id} className={`mb-3 ${e.visibility === "internal" ? "bg-amber-50 p-2" : ""}`}>
                  <p className="font-semibold">
                    {track.has(`events.${e.type}` as "events.submitted")
                      ? track(`events.${e.type}` as "events.submitted")
                      : t(`eventTypes.${e.type}` as "eventTypes.internal_note")}
                    {e.visibility === "internal" && <span className="ml-2 text-sm font-normal">({t("internal")})</span>}
                  </p>
                  <p className="text-sm text-slate-700">
                    {when(e.createdAt)}
                    {e.actorName ? ` · ${e.actorName}` : ""}
                  </p>
                  {e.body && <p className="whitespace-pre-line">{e.body}</p>}
                </li>
              ))}
            </ol>
          </section>
          <RequestActions detail={d} templates={templates.map((tpl) => ({ id: tpl.id, title: tpl.title }))} prefill={prefill} />
          {r.kind === "question" && isOpen(r.status) && can(ctx, "request.triage") && <ReassignSection detail={d} />}
          {can(ctx, "request.publish") && (r.status === "resolved" || r.status === "accepted") && (
            <PublishSection trackingNumber={r.trackingNumber} preview={await previewPublication(ctx, r.trackingNumber)} />
          )}
          <RequestPrioritySection
            ctx={ctx}
            priority={await requestPriority(ctx, r.trackingNumber)}
            made={priority === "made"}
            action={makePriorityAction.bind(null, r.trackingNumber)}
          />
        </div>
      </div>
    </>
  );
}
