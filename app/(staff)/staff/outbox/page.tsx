import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { listOutbox, outboxStatuses } from "@/domain/notifications/queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";
import { retryOutboxAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

type Props = { searchParams: Promise<{ status?: string; before?: string }> };

export default async function OutboxPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const read = await readForPage(listOutbox(ctx, params), "/staff/outbox");
  if (!read.ok) return <PageProblem kind={read.problem} />;
  const { status, messages, next } = read.data;
  const t = await getTranslations("outbox");
  const mayRetry = can(ctx, "outbox.retry");
  const time = new Intl.DateTimeFormat(ctx.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
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
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="status" className="mb-1 block font-semibold">{t("statusFilter")}</label>
          <select id="status" name="status" defaultValue={status ?? ""} className="rounded border-2 border-slate-700 px-3 py-2">
            <option value="">{t("all")}</option>
            {outboxStatuses.map((s) => (
              <option key={s} value={s}>{t(`statuses.${s}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">{t("show")}</button>
      </form>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="p-2">{t("id")}</th>
                <th scope="col" className="p-2">{t("createdAt")}</th>
                <th scope="col" className="p-2">{t("channel")}</th>
                <th scope="col" className="p-2">{t("recipient")}</th>
                <th scope="col" className="p-2">{t("template")}</th>
                <th scope="col" className="p-2">{t("status")}</th>
                <th scope="col" className="p-2">{t("attempts")}</th>
                <th scope="col" className="p-2">{t("sentAt")}</th>
                <th scope="col" className="p-2">{t("lastError")}</th>
                {mayRetry && <th scope="col" className="p-2">{t("actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="p-2 tabular-nums">{m.id}</th>
                  <td className="p-2 whitespace-nowrap">{time.format(m.createdAt)}</td>
                  <td className="p-2">{t(`channels.${m.channel}`)}</td>
                  <td className="p-2 font-mono">{m.recipient}</td>
                  <td className="p-2 font-mono">{m.template}</td>
                  <td className="p-2">{t(`statuses.${m.status}`)}</td>
                  <td className="p-2 tabular-nums">{m.attempts}</td>
                  <td className="p-2 whitespace-nowrap">{m.sentAt ? time.format(m.sentAt) : "—"}</td>
                  <td className="p-2 break-words">{m.lastError ?? "—"}</td>
                  {mayRetry && (
                    <td className="p-2">
                      {m.status === "failed" && (
                        <form action={retryOutboxAction}>
                          <input type="hidden" name="id" value={m.id} />
                          <SubmitButton variant="secondary">{t("retry", { id: m.id })}</SubmitButton>
                        </form>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pages")} className="my-4 flex flex-wrap justify-between gap-4">
        {params.before ? <Link href={href()}>{t("newest")}</Link> : <span />}
        {next !== null && <Link href={href(next)} rel="next">{t("nextPage")}</Link>}
      </nav>
    </>
  );
}
