import { visitsCalendar } from "@/domain/neighbourhood/ics";
import { getVisit } from "@/domain/neighbourhood/queries";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

/** One visit as a calendar file, in the page's language. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const ctx = await getCtx();
    const { id } = await params;
    const visit = await getVisit(ctx, /^\d{1,9}$/.test(id) ? Number(id) : 0);
    const calendar = visitsCalendar(
      [visit],
      ctx.locale,
      new URL(request.url).origin,
      ctx.locale === "en" ? visit.unit.nameEn : visit.unit.nameZh,
    );
    return new Response(calendar, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="visit-${visit.id}.ics"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
