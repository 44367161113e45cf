import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { getModerationReport } from "@/domain/evaluations/report";
import { getCtx } from "@/lib/auth/context";
import { hideReasons } from "@/lib/core/evaluation-values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rateReport"))("title") };
}

/** The public moderation report: counts per month, never a comment. */
export default async function ModerationReportPage() {
  const ctx = await getCtx();
  const t = await getTranslations("rateReport");
  const months = await getModerationReport(ctx);
  return (
    <>
      <p className="mb-2">
        <a href="/rate">{(await getTranslations("rate"))("title")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      {months.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          rows={months}
          rowKey={(m) => m.month}
          columns={[
            { header: t("month"), cell: (m) => m.month, rowHeader: true, className: "tabular-nums" },
            { header: t("received"), cell: (m) => m.received, className: "tabular-nums" },
            { header: t("published"), cell: (m) => m.published, className: "tabular-nums" },
            { header: t("waiting"), cell: (m) => m.received - m.published - m.hidden, className: "tabular-nums" },
            { header: t("hidden"), cell: (m) => m.hidden, className: "tabular-nums" },
            ...hideReasons.map((r) => ({
              header: t(`reasons.${r}`),
              cell: (m: (typeof months)[number]) => m.hiddenBy[r],
              className: "tabular-nums",
            })),
          ]}
        />
      )}
    </>
  );
}
