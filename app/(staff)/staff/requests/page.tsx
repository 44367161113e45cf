import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { AssignedToMe } from "@/components/desk/assigned-to-me";
import { QueueFilterForm } from "@/components/requests/queue-filter-form";
import { QueueShortcuts } from "@/components/requests/queue-shortcuts";
import { DataTable } from "@/components/ui/data-table";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { assignedToMe } from "@/domain/desk/staff-lists";
import { can } from "@/domain/permissions";
import { listAssignableStaff } from "@/domain/requests/staff/assign-requests";
import { listQueueUnits, listRequestQueue, queueCounts } from "@/domain/requests/staff/queue";
import { listServiceChoices } from "@/domain/services/catalogue";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { assignRequestsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queue"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function RequestQueuePage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const read = await readForPage(listRequestQueue(ctx, params), "/staff/requests");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const { items, total, totalCapped, next, filters } = read.data;
  const t = await getTranslations("queue");
  const track = await getTranslations("track");
  const format = await getFormatter();
  const moderator = can(ctx, "request.triage");
  const staffList = moderator ? await listAssignableStaff(ctx) : [];
  const outcomeKeys = ["assigned", "error", "done"];
  const returnTo = `/staff/requests?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string" && !outcomeKeys.includes(e[0])))}`;
  const nextParams = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string" && e[0] !== "after"),
  );
  if (next) nextParams.set("after", next);
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">{t("title")}</h1>
      <QueueShortcuts counts={await queueCounts(ctx)} compact />
      {/* An officer's own work comes first; moderators triage the whole queue. */}
      {!moderator && !filters.after && <AssignedToMe items={await assignedToMe(ctx)} />}
      <QueueFilterForm filters={filters} units={await listQueueUnits(ctx)} services={await listServiceChoices(ctx)} />
      <p className="mb-2" role="status">
        {totalCapped ? t("totalMore", { count: total }) : t("total", { count: total })}
      </p>
      <OutcomeNotice
        error={typeof params.error === "string" ? params.error : undefined}
        success={params.assigned ? t("assignedCount", { count: Number(params.assigned) || 0 }) : null}
      />
      <form action={assignRequestsAction}>
        <input type="hidden" name="returnTo" value={returnTo} />
        {moderator && (
          <fieldset className="mb-3 flex flex-wrap items-end gap-2 rounded border border-slate-300 p-2">
            <legend className="px-1 text-sm font-semibold">{t("bulkAssign")}</legend>
            <label htmlFor="assigneeId" className="sr-only">
              {t("assignee")}
            </label>
            <select id="assigneeId" name="assigneeId" className="rounded border-2 border-slate-700 px-2 py-1">
              <option value="">{t("chooseAssignee")}</option>
              {staffList.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <SubmitButton variant="secondary">{t("assignSelected")}</SubmitButton>
          </fieldset>
        )}
        <DataTable
          caption={t("title")}
          rows={items}
          rowKey={(r) => r.id}
          rowClassName={(r) => (r.overdue ? "bg-red-50" : "")}
          columns={[
            ...(moderator
              ? [
                  {
                    header: <span className="sr-only">{t("select")}</span>,
                    cell: (r: (typeof items)[number]) => (
                      <input
                        type="checkbox"
                        name="requestIds"
                        value={r.id}
                        aria-label={t("selectRequest", { trackingNumber: r.trackingNumber })}
                        className="h-5 w-5"
                      />
                    ),
                  },
                ]
              : []),
            {
              header: t("deadline"),
              className: "whitespace-nowrap",
              cell: (r) => (
                <>
                  {format.dateTime(r.deadlineAt, { dateStyle: "short", timeZone: "Asia/Shanghai" })}
                  {r.overdue && <span className="ml-1 font-bold text-red-800">{t("overdue")}</span>}
                  {r.firstResponseLate && <span className="ml-1 block font-bold text-red-800">{t("firstResponseLate")}</span>}
                </>
              ),
            },
            {
              header: t("trackingNumber"),
              cell: (r) => (
                <Link prefetch={false} href={`/staff/requests/${r.trackingNumber}`}>
                  {r.trackingNumber}
                </Link>
              ),
              className: "font-mono",
            },
            { header: t("subject"), cell: (r) => r.subject, rowHeader: true, className: "font-normal" },
            {
              header: t("status"),
              cell: (r) => (
                <>
                  {track(`statuses.${r.status}`)}
                  {r.reopened && <span className="ml-1 rounded bg-amber-200 px-1 font-semibold text-amber-950">{t("reopened")}</span>}
                </>
              ),
            },
            { header: t("unit"), cell: (r) => (ctx.locale === "en" ? r.unitNameEn : r.unitNameZh) ?? t("unrouted") },
            { header: t("assignee"), cell: (r) => r.assigneeName ?? "—" },
          ]}
        />
      </form>
      {items.length === 0 && <p className="mt-3">{t("empty")}</p>}
      {next && (
        <p className="mt-4">
          <Link prefetch={false} href={`/staff/requests?${nextParams}`} rel="next">
            {t("next")}
          </Link>
        </p>
      )}
    </>
  );
}
