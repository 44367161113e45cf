import "server-only";

import { and, asc, count, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { articleAttachments, articles } from "@/db/schema";
import { bigId, intId } from "@/lib/core/query-params";

import { recordAudit } from "../audit";
import type { Ctx } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { can, requirePermission } from "../permissions";
import { checkUploads, type Upload } from "../requests/uploads";
import { parseForm } from "../validation";

/** Files one article may carry: a notice with its annexes, not an archive. */
export const MAX_ARTICLE_FILES = 10;

export type ArticleFile = { id: number; fileName: string; size: number };

export const ArticleFileInput = z.object({ articleId: z.coerce.number().int().positive() });
export const RemoveArticleFileInput = ArticleFileInput.extend({ attachmentId: z.coerce.number().int().positive() });

/** Attaches PDFs to an article: checked by their bytes (PDF only, no markup inside, at most 5 MB each). */
export async function attachArticleFiles(ctx: Ctx, input: z.input<typeof ArticleFileInput>, uploads: Upload[]): Promise<number> {
  requirePermission(ctx, "article.edit");
  const { articleId } = parseForm(ArticleFileInput, input);
  const files = checkUploads(uploads);
  if (files.length === 0) throw new ValidationError({ attachments: "required" });
  if (files.some((f) => f.mediaType !== "application/pdf")) throw new ValidationError({ attachments: "pdfOnly" });
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [article] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).for("update");
    if (!article) throw new NotFoundError(`article ${articleId}`);
    const [held] = await tx.select({ n: count() }).from(articleAttachments).where(eq(articleAttachments.articleId, articleId));
    if (held!.n + files.length > MAX_ARTICLE_FILES) throw new ValidationError({ attachments: "articleFilesFull" });
    for (const file of files) {
      const { fileName, mediaType, size, sha256, bytes } = file;
      const [row] = await tx
        .insert(articleAttachments)
        .values({ articleId, fileName, mediaType, size, sha256, bytes, createdBy: ctx.actor.userId })
        .returning({ id: articleAttachments.id });
      await recordAudit(tx, ctx, {
        action: "article.attach",
        entity: "article",
        entityId: articleId,
        detail: { attachmentId: row!.id, fileName, size, sha256 },
      });
    }
    return files.length;
  });
}

/** Takes a file off an article. */
export async function removeArticleFile(ctx: Ctx, input: z.input<typeof RemoveArticleFileInput>): Promise<void> {
  requirePermission(ctx, "article.edit");
  const { articleId, attachmentId } = parseForm(RemoveArticleFileInput, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(articleAttachments)
      .where(and(eq(articleAttachments.id, attachmentId), eq(articleAttachments.articleId, articleId)))
      .returning({ fileName: articleAttachments.fileName, sha256: articleAttachments.sha256 });
    if (!row) throw new NotFoundError(`attachment ${attachmentId}`);
    await recordAudit(tx, ctx, { action: "article.detach", entity: "article", entityId: articleId, detail: { attachmentId, ...row } });
  });
}

/** The files of an article, oldest first; the caller has already read the article as its reader may. */
export async function listArticleFiles(_ctx: Ctx, articleId: number): Promise<ArticleFile[]> {
  const db = await getDb();
  return db
    .select({ id: articleAttachments.id, fileName: articleAttachments.fileName, size: articleAttachments.size })
    .from(articleAttachments)
    .where(eq(articleAttachments.articleId, articleId))
    .orderBy(asc(articleAttachments.id));
}

/**
 * A file to download: anyone's once its article is public (published or
 * archived), only article editors' while it is a draft.
 */
export async function getArticleFile(ctx: Ctx, articleId: unknown, attachmentId: unknown) {
  const article = intId.safeParse(articleId);
  const attachment = bigId.safeParse(attachmentId);
  if (!article.success || !attachment.success) throw new NotFoundError("attachment");
  const db = await getDb();
  const [file] = await db
    .select({
      id: articleAttachments.id,
      mediaType: articleAttachments.mediaType,
      bytes: articleAttachments.bytes,
      status: articles.status,
    })
    .from(articleAttachments)
    .innerJoin(articles, eq(articles.id, articleAttachments.articleId))
    .where(and(eq(articleAttachments.id, attachment.data), eq(articles.id, article.data)));
  const isPublic = !!file && ["published", "archived"].includes(file.status);
  if (!file || (!isPublic && !can(ctx, "article.edit"))) throw new NotFoundError("attachment");
  // Named by us: the name staff gave it is shown on the page as text.
  return { bytes: file.bytes, mediaType: file.mediaType, isPublic, downloadName: `article-${article.data}-${file.id}.pdf` };
}
