import type { getTranslations } from "next-intl/server";

import type { Median, Rate } from "@/domain/statistics/figures";

type T = Awaited<ReturnType<typeof getTranslations<"statistics">>>;

/** A rate as words: "87.5%", or why it is not shown. */
export function rateText(t: T, rate: Rate): string {
  if (rate.value === null) return rate.of === 0 ? t("nothing") : t("tooFew");
  return t("percent", { value: (Math.round(rate.value * 1000) / 10).toFixed(1) });
}

/** A median as words: "5.5 working hours", or why it is not shown. */
export function medianText(t: T, median: Median, unit: "hours" | "days"): string {
  if (median.value === null) return median.of === 0 ? t("nothing") : t("tooFew");
  return t(unit, { value: median.value });
}

/** "of 123", or nothing when the count is suppressed or zero. */
export function ofText(t: T, of: number | null): string {
  return of ? t("ofCount", { count: of }) : "";
}
