import { getTranslations } from "next-intl/server";

import type { Figures } from "@/domain/statistics/figures";

import { medianText, ofText, rateText } from "./figure-value";

type Item = "requests" | "onTime" | "satisfaction" | "firstResponse" | "answer";

/** Headline figures as boxes, each with the count behind it. */
export async function FiguresSummary({
  figures,
  items,
  labels,
}: {
  figures: Figures;
  items: Item[];
  labels?: Partial<Record<Item, string>>;
}) {
  const t = await getTranslations("statistics");
  const value = (item: Item): [string, string] => {
    switch (item) {
      case "requests":
        return [figures.requests === null ? t("tooFew") : String(figures.requests), ""];
      case "onTime":
        return [rateText(t, figures.onTime), ofText(t, figures.onTime.of)];
      case "satisfaction":
        return [rateText(t, figures.satisfaction), ofText(t, figures.satisfaction.of)];
      case "firstResponse":
        return [medianText(t, figures.firstResponseHours, "hours"), ofText(t, figures.firstResponseHours.of)];
      case "answer":
        return [medianText(t, figures.answerDays, "days"), ofText(t, figures.answerDays.of)];
    }
  };
  return (
    <dl className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => {
        const [main, of] = value(item);
        return (
          <div key={item} className="rounded border border-slate-300 p-3">
            <dt className="text-sm text-slate-700">{labels?.[item] ?? t(`labels.${item}`)}</dt>
            <dd className="text-xl font-bold">{main}</dd>
            {of && <dd className="text-sm text-slate-700">{of}</dd>}
          </div>
        );
      })}
    </dl>
  );
}
