import { getTranslations } from "next-intl/server";

import type { Figures } from "@/domain/statistics/figures";

import { FiguresSummary } from "./figures-summary";

/** "Responsiveness on the record" on officer and unit pages: the last 12 months. */
export async function ResponsivenessRecord({ figures, statisticsHref }: { figures: Figures; statisticsHref?: string }) {
  const t = await getTranslations("statistics.record");
  return (
    <section aria-labelledby="record-title" className="mt-6">
      <h2 id="record-title" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-2">{t("intro")}</p>
      <FiguresSummary
        figures={figures}
        items={["requests", "firstResponse", "onTime", "satisfaction"]}
        labels={{ requests: t("handled"), firstResponse: t("firstResponse"), onTime: t("onTime"), satisfaction: t("satisfaction") }}
      />
      {statisticsHref && (
        <p>
          <a href={statisticsHref}>{t("more")}</a>
        </p>
      )}
    </section>
  );
}
