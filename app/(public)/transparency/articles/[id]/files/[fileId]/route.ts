import { getArticleFile } from "@/domain/transparency/article-attachments";
import { getCtx } from "@/lib/auth/context";
import { problemResponse } from "@/lib/errors";

type Params = { params: Promise<{ id: string; fileId: string }> };

/** An article's PDF: public once the article is, and only to its editors while it is a draft. */
export async function GET(_request: Request, { params }: Params) {
  try {
    const { id, fileId } = await params;
    const file = await getArticleFile(await getCtx(), id, fileId);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        // The sniffed type: a PDF, checked for markup when it came in.
        "Content-Type": file.mediaType,
        "Content-Disposition": `attachment; filename="${file.downloadName}"`,
        // A draft's file must not stay in a shared cache once the draft is seen by its editor.
        "Cache-Control": file.isPublic ? "public, max-age=300" : "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return problemResponse(error);
  }
}
