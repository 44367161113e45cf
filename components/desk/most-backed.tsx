import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { mostBacked } from "@/domain/desk/staff-lists";
import { numberFormat } from "@/lib/core/intl-formats";

type Item = Awaited<ReturnType<typeof mostBacked>>[number];

/** The open items most residents said "this affects me too" about. */
export async function MostBacked({ items }: { items: Item[] }) {
  const t = await getTranslations("desk");
  const priority = await getTranslations("makePriority");
  const locale = await getLocale();
  return (
    <section aria-labelledby="backed-title" className="mb-6">
      <h2 id="backed-title" className="mb-2 text-xl font-bold">
        {t("mostBackedTitle")}
      </h2>
      {items.length === 0 ? (
        <p>{t("mostBackedEmpty")}</p>
      ) : (
        <ol className="list-decimal pl-6">
          {items.map((item) => (
            <li key={item.trackingNumber} className="mb-1">
              <Link prefetch={false} href={`/staff/requests/${item.trackingNumber}`}>
                {item.subject}
              </Link>{" "}
              <span className="text-sm">({t("backers", { count: numberFormat(locale).format(item.backers) })})</span> ·{" "}
              {item.priorityId === null ? (
                <Link prefetch={false} href={`/staff/requests/${item.trackingNumber}#priority-title`} className="text-sm">
                  {priority("dashboardLink")}
                  <span className="sr-only">: {item.subject}</span>
                </Link>
              ) : (
                <span className="text-sm font-semibold">{priority("dashboardIs")}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
