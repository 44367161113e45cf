import { visitsCalendar } from "@/domain/neighbourhood/ics";
import { getUnitNeighbourhood } from "@/domain/neighbourhood/queries";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

/** A station's visits and meetings as a calendar feed to subscribe to: upcoming ones and the latest past ones. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const ctx = await getCtx();
    const station = await getUnitNeighbourhood(ctx, (await params).slug);
    const name = ctx.locale === "en" ? station.nameEn : station.nameZh;
    const calendar = visitsCalendar([...station.upcoming, ...station.past], ctx.locale, new URL(request.url).origin, name);
    return new Response(calendar, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `inline; filename="${station.slug}-visits.ics"`,
        "Cache-Control": "public, max-age=300",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
