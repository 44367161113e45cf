import { statisticsJson } from "@/domain/statistics/downloads";
import { getStatisticsPage } from "@/domain/statistics/page";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

/** The statistics page's figures as JSON, for the same months and unit (the page's query string). */
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const page = await getStatisticsPage(await getCtx(), {
      from: params.get("from") ?? undefined,
      to: params.get("to") ?? undefined,
      unit: params.get("unit") ?? undefined,
    });
    return Response.json(statisticsJson(page), { headers: { "Cache-Control": "public, max-age=300" } });
  } catch (error) {
    return problemResponse(error);
  }
}
