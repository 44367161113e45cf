import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { QueueFilterForm } from "@/components/requests/queue-filter-form";
import { PageProblem } from "@/components/ui/page-problem";
import { listRequestQueue } from "@/domain/requests/staff/queue";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function RequestQueuePage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const read = await readForPage(listRequestQueue(ctx, params), "/staff/requests");
  if (!read.ok) return <PageProblem kind={read.problem} />;
  const { items, total, next, filters } = read.data;
  const t = await getTranslations("queue");
  const track = await getTranslations("track");
  const format = await getFormatter();
  const nextParams = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string" && e[0] !== "after"));
  if (next) nextParams.set("after", next);
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">{t("title")}</h1>
      <QueueFilterForm filters={filters} />
      <p className="mb-2" role="status">{t("total", { count: total })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="p-2">{t("deadline")}</th>
              <th scope="col" className="p-2">{t("trackingNumber")}</th>
              <th scope="col" className="p-2">{t("subject")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
              <th scope="col" className="p-2">{t("unit")}</th>
              <th scope="col" className="p-2">{t("assignee")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id} className={`border-b border-slate-300 ${r.overdue ? "bg-red-50" : ""}`}>
                <td className="whitespace-nowrap p-2">
                  {format.dateTime(r.deadlineAt, { dateStyle: "short", timeZone: "Asia/Shanghai" })}
                  {r.overdue && <span className="ml-1 font-bold text-red-800">{t("overdue")}</span>}
                </td>
                <td className="p-2 font-mono">
                  <Link href={`/staff/requests/${r.trackingNumber}`}>{r.trackingNumber}</Link>
                </td>
                <th scope="row" className="p-2 text-left font-normal">{r.subject}</th>
                <td className="p-2">{track(`statuses.${r.status}`)}</td>
                <td className="p-2">{(ctx.locale === "en" ? r.unitNameEn : r.unitNameZh) ?? t("unrouted")}</td>
                <td className="p-2">{r.assigneeName ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length === 0 && <p className="mt-3">{t("empty")}</p>}
      {next && (
        <p className="mt-4">
          <Link href={`/staff/requests?${nextParams}`} rel="next">{t("next")}</Link>
        </p>
      )}
    </>
  );
}
