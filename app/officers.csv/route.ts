import { publishedOfficersCsv } from "@/domain/directory/public-csv";
import { currentValidator } from "@/domain/open-data/versions";
import { getCtx } from "@/lib/auth/context";
import { isFresh, notModified, validatorHeaders } from "@/lib/conditional-get";
import { problemResponse } from "@/lib/errors";

/** The public directory as open data: published officers only. */
export async function GET(request: Request) {
  try {
    const validator = await currentValidator("officers.csv", ["directory"]);
    if (isFresh(request, validator)) return notModified(validator);
    const csv = await publishedOfficersCsv(await getCtx());
    return new Response(csv, {
      headers: {
        ...validatorHeaders(validator),
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="officers.csv"',
      },
    });
  } catch (error) {
    // A database that cannot be reached is a 503 to retry, not a 500.
    return problemResponse(error);
  }
}
