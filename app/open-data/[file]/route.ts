import { getTranslations } from "next-intl/server";

import { RateLimitedError } from "@/domain/errors";
import { openDataDownload } from "@/domain/open-data/download";
import { getCtx } from "@/lib/auth/context";
import { isFresh, notModified, validatorHeaders } from "@/lib/conditional-get";
import { problemResponse } from "@/lib/errors";

const contentTypes = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

/** An open-data file ("replies.csv", "units.json"): streamed, and "not modified" when the client's copy is current. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const download = await openDataDownload(await getCtx(), (await params).file);
    if (isFresh(request, download.validator)) return notModified(download.validator);
    const headers = {
      ...validatorHeaders(download.validator),
      "Content-Type": contentTypes[download.format],
      ...(download.format === "csv" ? { "Content-Disposition": `attachment; filename="${download.fileName}"` } : {}),
    };
    // A HEAD asks only about the file: nothing is read, and no download is counted.
    if (request.method === "HEAD") return new Response(null, { headers });
    return new Response(await download.body(), { headers });
  } catch (error) {
    // Someone who followed a download link too often reads the wait in their own language.
    if (error instanceof RateLimitedError) return limited(error.retryAfterSeconds);
    return problemResponse(error);
  }
}

async function limited(retryAfterSeconds: number): Promise<Response> {
  const t = await getTranslations("openData");
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new Response(`${t("limited", { minutes })}\n`, {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}
