import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { assignedToMe } from "@/domain/desk/staff-lists";

type Item = Awaited<ReturnType<typeof assignedToMe>>[number];

/** "Assigned to me": what waits for this person, first on their dashboard and queue. */
export async function AssignedToMe({ items }: { items: Item[] }) {
  const t = await getTranslations("desk");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <section aria-labelledby="assigned-title" className="mb-6">
      <h2 id="assigned-title" className="mb-2 text-xl font-bold">
        {t("assignedTitle")}
      </h2>
      {items.length === 0 ? (
        <p>{t("assignedEmpty")}</p>
      ) : (
        <ul className="grid gap-2">
          {items.map((item) => (
            <li key={item.trackingNumber} className="rounded border border-slate-300 p-3">
              <Link prefetch={false} href={`/staff/requests/${item.trackingNumber}`} className="font-semibold">
                {item.subject}
              </Link>
              <span className="ml-2 font-mono text-sm">{item.trackingNumber}</span>
              <p className="text-sm">
                {t("answerDue", { date: when(item.deadlineAt) })}
                {item.firstResponseLate && <strong className="ml-2 text-red-800">{t("firstResponseLate")}</strong>}
                {item.overdue && <strong className="ml-2 text-red-800">{t("overdue")}</strong>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
