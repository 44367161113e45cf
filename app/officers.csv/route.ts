import { publishedOfficersCsv } from "@/domain/directory/public-csv";
import { getCtx } from "@/lib/auth/context";

/** The public directory as open data: published officers only. */
export async function GET() {
  const csv = await publishedOfficersCsv(await getCtx());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="officers.csv"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
