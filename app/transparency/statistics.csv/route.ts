import { getTranslations } from "next-intl/server";

import { statisticsCsv } from "@/domain/statistics/downloads";
import { getStatisticsPage } from "@/domain/statistics/page";
import { breakdownColumns, mainColumns } from "@/domain/statistics/table";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

/** The statistics page's tables as CSV, for the same months and unit (the page's query string). */
export async function GET(request: Request) {
  try {
    const ctx = await getCtx();
    const params = new URL(request.url).searchParams;
    const page = await getStatisticsPage(ctx, {
      from: params.get("from") ?? undefined,
      to: params.get("to") ?? undefined,
      unit: params.get("unit") ?? undefined,
    });
    const t = await getTranslations("statistics");
    const columns = Object.fromEntries(
      ([...mainColumns, ...breakdownColumns, "month", "unit"] as const).map((c) => [c, t(`columns.${c}`)]),
    ) as Record<(typeof mainColumns)[number] | (typeof breakdownColumns)[number] | "month" | "unit", string>;
    const csv = statisticsCsv(page, { ...columns, bureau: t("filters.bureau") }, ctx.locale);
    const name = `statistics-${page.unit?.slug ?? "bureau"}-${page.from}-${page.to}.csv`;
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "public, max-age=300",
        Vary: "Cookie, Accept-Language",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
