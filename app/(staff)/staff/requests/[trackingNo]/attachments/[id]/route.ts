import { getAttachment } from "@/domain/requests/staff/attachment";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

type Params = { params: Promise<{ trackingNo: string; id: string }> };

/** Staff download of a resident's file: checked by the domain on every request, never cached. */
export async function GET(_request: Request, { params }: Params) {
  try {
    const { trackingNo, id } = await params;
    const file = await getAttachment(await getCtx(), trackingNo, id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        // The sniffed type, never the browser's claim; PDFs and images only ever.
        "Content-Type": file.mediaType,
        // Named by us, never by the resident: their file name is shown as text on the page only.
        "Content-Disposition": `attachment; filename="${file.downloadName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
