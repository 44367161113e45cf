import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";
import type { OverdueByUnit } from "@/domain/requests/staff/overdue-by-unit";

/** The dashboard's overdue requests by unit, each unit a link to its overdue queue. */
export async function OverdueByUnitTable({ rows }: { rows: OverdueByUnit[] }) {
  const t = await getTranslations("staff");
  const locale = await getLocale();
  if (rows.length === 0) return <p>{t("noneOverdue")}</p>;
  return (
    <DataTable
      caption={t("overdueByUnit")}
      rows={rows}
      rowKey={(r) => r.unitId ?? "unrouted"}
      columns={[
        {
          header: t("overdueUnit"),
          rowHeader: true,
          cell: (r) =>
            r.unitId === null ? (
              t("unrouted")
            ) : (
              <Link prefetch={false} href={`/staff/requests?due=overdue&unit=${r.unitId}`}>
                {locale === "en" ? r.nameEn : r.nameZh}
              </Link>
            ),
        },
        { header: t("overdueAnswer"), cell: (r) => r.overdue.toLocaleString(locale) },
        { header: t("overdueFirstResponse"), cell: (r) => r.firstResponseLate.toLocaleString(locale) },
      ]}
    />
  );
}
