import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { queueCounts } from "@/domain/requests/staff/queue";

type Counts = Awaited<ReturnType<typeof queueCounts>>;

/** New, due today, overdue, mine, reopened: each a count and a link to that filter of the queue. */
export async function QueueShortcuts({ counts, compact = false }: { counts: Counts; compact?: boolean }) {
  const t = await getTranslations("staff");
  // Formatted as the queue's total is (queue.totalMore): an ICU number in a message; "1,000+" past the cap.
  const shown = (c: Counts[keyof Counts]) => t(c.capped ? "countMore" : "count", { count: c.count });
  const shortcuts = [
    { key: "fresh", value: counts.fresh, href: "/staff/requests?status=submitted" },
    { key: "dueToday", value: counts.dueToday, href: "/staff/requests?due=today" },
    { key: "overdue", value: counts.overdue, href: "/staff/requests?due=overdue" },
    { key: "mine", value: counts.mine, href: "/staff/requests?assignee=me" },
    { key: "reopened", value: counts.reopened, href: "/staff/requests?reopened=1" },
  ] as const;
  if (compact) {
    return (
      <nav aria-label={t("requestsTitle")} className="mb-3">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {shortcuts.map((s) => (
            <li key={s.key}>
              <Link prefetch={false} href={s.href}>
                {t(s.key)} ({shown(s.value)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    );
  }
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {shortcuts.map((s) => (
        <li key={s.key} className="rounded border border-slate-300 p-3">
          <Link prefetch={false} href={s.href} className="block">
            <span className="block text-sm">{t(s.key)}</span>
            <span className="text-2xl font-bold">{shown(s.value)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
