import { publishedOfficersCsv } from "@/domain/directory/public-csv";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

/** The public directory as open data: published officers only. */
export async function GET() {
  try {
    const csv = await publishedOfficersCsv(await getCtx());
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="officers.csv"',
        "Cache-Control": "public, max-age=300",
      },
    });
  } catch (error) {
    // A database that cannot be reached is a 503 to retry, not a 500.
    return problemResponse(error);
  }
}
