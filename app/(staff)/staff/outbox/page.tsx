import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { recordLabels } from "@/components/staff/record-labels";
import { DataTable } from "@/components/ui/data-table";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { listOutbox, outboxStatuses } from "@/domain/notifications/queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { dateTimeFormat } from "@/lib/core/intl-formats";
import { readForPage } from "@/lib/errors";

import { retryOutboxAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

type Props = { searchParams: Promise<{ status?: string; before?: string; retried?: string; error?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const read = await readForPage(listOutbox(ctx, { status: params.status, before: params.before }), "/staff/outbox");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const { status, messages, next } = read.data;
  const t = await getTranslations("outbox");
  const labels = await recordLabels();
  const mayRetry = can(ctx, "outbox.retry");
  const time = dateTimeFormat(ctx.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const href = (before?: number) => {
    const query = new URLSearchParams();
    if (status) query.set("status", status);
    if (before) query.set("before", String(before));
    return query.size ? `/staff/outbox?${query}` : "/staff/outbox";
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <OutcomeNotice error={params.error} success={params.retried ? t("retried", { id: params.retried }) : null} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="status" className="mb-1 block font-semibold">
            {t("statusFilter")}
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className="rounded border-2 border-slate-700 px-3 py-2">
            <option value="">{t("all")}</option>
            {outboxStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
          {t("show")}
        </button>
      </form>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          rows={messages}
          rowKey={(m) => m.id}
          columns={[
            { header: t("id"), cell: (m) => m.id, rowHeader: true, className: "tabular-nums" },
            { header: t("createdAt"), cell: (m) => time.format(m.createdAt), className: "whitespace-nowrap" },
            { header: t("channel"), cell: (m) => t(`channels.${m.channel}`) },
            { header: t("recipient"), cell: (m) => m.recipient, className: "font-mono" },
            { header: t("template"), cell: (m) => labels.template(m.template) },
            { header: t("status"), cell: (m) => t(`statuses.${m.status}`) },
            { header: t("attempts"), cell: (m) => m.attempts, className: "tabular-nums" },
            { header: t("sentAt"), cell: (m) => (m.sentAt ? time.format(m.sentAt) : "—"), className: "whitespace-nowrap" },
            { header: t("lastError"), cell: (m) => m.lastError ?? "—", className: "break-words" },
            ...(mayRetry
              ? [
                  {
                    header: t("actions"),
                    cell: (m: (typeof messages)[number]) =>
                      m.status === "failed" && (
                        <form action={retryOutboxAction}>
                          <input type="hidden" name="id" value={m.id} />
                          <input type="hidden" name="returnTo" value={href(params.before ? Number(params.before) : undefined)} />
                          <SubmitButton variant="secondary">{t("retry", { id: m.id })}</SubmitButton>
                        </form>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <nav aria-label={t("pages")} className="my-4 flex flex-wrap justify-between gap-4">
        {params.before ? (
          <Link prefetch={false} href={href()}>
            {t("newest")}
          </Link>
        ) : (
          <span />
        )}
        {next !== null && (
          <Link prefetch={false} href={href(next)} rel="next">
            {t("nextPage")}
          </Link>
        )}
      </nav>
    </>
  );
}
