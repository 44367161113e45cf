import { getTranslations } from "next-intl/server";

import type { QueueFilters } from "@/domain/requests/staff/queue";
import { feedbackTopics, requestKinds, sixSmalls } from "@/lib/core/values";

/** The queue's filters: a GET form, so a filtered queue is a link staff can share. */
type Props = { filters: QueueFilters; units: { id: number; name: string }[]; services?: { id: number; name: string }[] };

export async function QueueFilterForm({ filters, units, services = [] }: Props) {
  const t = await getTranslations("queue");
  const f = await getTranslations("feedback");
  const track = await getTranslations("track");
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <div className="max-w-full">
      <label htmlFor={`filter-${name}`} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="max-w-full rounded border-2 border-slate-700 px-2 py-1"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const any = { value: "", label: t("any") };
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters")}>
      {select("status", t("status"), filters.status, [
        { value: "open", label: t("open") },
        { value: "all", label: t("all") },
        ...(["submitted", "accepted", "info_requested", "approved", "resolved", "rejected", "withdrawn"] as const).map((s) => ({
          value: s,
          label: track(`statuses.${s}`),
        })),
      ])}
      {select("kind", t("kind"), filters.kind, [any, ...requestKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))])}
      {services.length > 0 &&
        select("service", t("service"), filters.service ? String(filters.service) : undefined, [
          any,
          ...services.map((s) => ({ value: String(s.id), label: s.name })),
        ])}
      {select("topic", t("topic"), filters.topic, [any, ...feedbackTopics.map((k) => ({ value: k, label: f(`topics.${k}.title`) }))])}
      {select("category", t("category"), filters.category, [
        any,
        ...sixSmalls.map((k) => ({ value: k, label: f(`categories.${k}.title`) })),
      ])}
      {units.length > 1 &&
        select("unit", t("unit"), filters.unit ? String(filters.unit) : undefined, [
          any,
          ...units.map((u) => ({ value: String(u.id), label: u.name })),
        ])}
      {select("assignee", t("assignee"), filters.assignee, [
        any,
        { value: "me", label: t("me") },
        { value: "unassigned", label: t("unassigned") },
      ])}
      {select("due", t("due"), filters.due, [any, { value: "overdue", label: t("overdue") }, { value: "today", label: t("dueToday") }])}
      <div className="flex min-h-11 items-center gap-2">
        <input
          id="filter-reopened"
          name="reopened"
          type="checkbox"
          value="1"
          defaultChecked={filters.reopened === "1"}
          className="h-5 w-5"
        />
        <label htmlFor="filter-reopened" className="font-semibold">
          {t("reopenedOnly")}
        </label>
      </div>
      <div>
        <label htmlFor="filter-q" className="mb-1 block text-sm font-semibold">
          {t("text")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} className="rounded border-2 border-slate-700 px-2 py-1" />
      </div>
      <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
        {t("apply")}
      </button>
    </form>
  );
}
