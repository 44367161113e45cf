import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/domain/errors";
import { getAttachment } from "@/domain/requests/staff/attachment";
import { getCtx } from "@/lib/auth/context";

type Params = { params: Promise<{ trackingNo: string; id: string }> };

/** Staff download of a resident's file: checked by the domain on every request, never cached. */
export async function GET(_request: Request, { params }: Params) {
  const { trackingNo, id } = await params;
  try {
    const file = await getAttachment(await getCtx(), decodeURIComponent(trackingNo), id);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        // The sniffed type, never the browser's claim; PDFs and images only ever.
        "Content-Type": file.mediaType,
        "Content-Disposition": `attachment; filename="attachment-${file.id}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return new Response("Sign in required", { status: 401 });
    if (error instanceof ForbiddenError) return new Response("Forbidden", { status: 403 });
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
