import "server-only";

import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { articles, articleSections, services, type Article, type ArticleStatus } from "@/db/schema";

import { recordAudit } from "../audit";
import { changing } from "../cache";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { requirePermission } from "../permissions";
import { parseForm } from "../validation";

const title = z.string().trim().max(200, { error: "tooLong" });
const body = z.string().trim().max(20000, { error: "tooLong" });
// The service guide a procedure describes: a service's id, or nothing when the field is left empty.
const serviceId = z
  .preprocess((v) => (v === "" ? null : v), z.coerce.number().int().positive().nullable())
  .optional()
  .transform((v) => v ?? null);

/** An article as written: both languages may be filled, at least one must be (its title and its text). */
export const ArticleForm = z
  .object({
    section: z.enum(articleSections, { error: "required" }),
    titleZh: title,
    titleEn: title,
    bodyZh: body,
    bodyEn: body,
    serviceId,
  })
  .superRefine((a, ctx) => {
    if ((a.titleZh && a.bodyZh) || (a.titleEn && a.bodyEn)) return;
    ctx.addIssue({ code: "custom", path: ["titleZh"], message: "articleLanguage" });
  });

export const ArticleIdInput = z.object({ articleId: z.coerce.number().int().positive() });
export const ArticleStatusInput = ArticleIdInput.extend({ action: z.enum(["publish", "archive", "draft"]) });

/** The service guides an article may describe, for the form's choice. */
export async function listServicesForArticles(ctx: Ctx) {
  requirePermission(ctx, "article.edit");
  const db = await getDb();
  return db
    .select({ id: services.id, titleZh: services.titleZh, titleEn: services.titleEn })
    .from(services)
    .orderBy(asc(services.sort), asc(services.id));
}

/** Every article, drafts and archived ones included, for moderators and admins. */
export async function listArticlesForStaff(ctx: Ctx): Promise<Article[]> {
  requirePermission(ctx, "article.edit");
  const db = await getDb();
  return db.select().from(articles).orderBy(desc(articles.updatedAt), desc(articles.id));
}

export async function getArticleForStaff(ctx: Ctx, id: unknown): Promise<Article> {
  requirePermission(ctx, "article.edit");
  const parsed = ArticleIdInput.safeParse({ articleId: id });
  if (!parsed.success) throw new NotFoundError("article");
  const db = await getDb();
  const [article] = await db.select().from(articles).where(eq(articles.id, parsed.data.articleId)).limit(1);
  if (!article) throw new NotFoundError(`article ${parsed.data.articleId}`);
  return article;
}

/** Creates (id null, as a draft) or updates an article; returns its id. */
export async function saveArticle(ctx: Ctx, articleId: number | null, input: z.input<typeof ArticleForm>): Promise<number> {
  requirePermission(ctx, "article.edit");
  const data = parseForm(ArticleForm, input);
  const db = await getDb();
  return changing(db, ["articles"], async (tx) => {
    if (data.serviceId !== null) {
      const [service] = await tx.select({ id: services.id }).from(services).where(eq(services.id, data.serviceId));
      if (!service) throw new ValidationError({ serviceId: "invalid" });
    }
    if (articleId === null) {
      const [row] = await tx
        .insert(articles)
        .values({ ...data, createdBy: ctx.actor.userId })
        .returning({ id: articles.id });
      await recordAudit(tx, ctx, { action: "article.create", entity: "article", entityId: row!.id, detail: { section: data.section } });
      return row!.id;
    }
    const [row] = await tx
      .update(articles)
      .set({ ...data, updatedAt: new Date() })
      .where(eq(articles.id, articleId))
      .returning({ id: articles.id });
    if (!row) throw new NotFoundError(`article ${articleId}`);
    await recordAudit(tx, ctx, { action: "article.update", entity: "article", entityId: articleId, detail: { section: data.section } });
    return articleId;
  });
}

// Draft → published → archived; a published or archived article may go back to draft to be reworked.
const moves: Record<z.output<typeof ArticleStatusInput>["action"], { from: ArticleStatus[]; to: ArticleStatus }> = {
  publish: { from: ["draft", "archived"], to: "published" },
  archive: { from: ["published"], to: "archived" },
  draft: { from: ["published", "archived"], to: "draft" },
};

/** Publishes (the publish date is set the first time), archives, or takes back to draft. */
export async function setArticleStatus(ctx: Ctx, input: z.input<typeof ArticleStatusInput>): Promise<ArticleStatus> {
  requirePermission(ctx, "article.edit");
  const { articleId, action } = parseForm(ArticleStatusInput, input);
  const db = await getDb();
  return changing(db, ["articles"], async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, articleId)).for("update");
    if (!article) throw new NotFoundError(`article ${articleId}`);
    const move = moves[action];
    if (!move.from.includes(article.status)) throw new ConflictError("articleStatus");
    const now = new Date();
    await tx
      .update(articles)
      .set({ status: move.to, updatedAt: now, ...(move.to === "published" && !article.publishedAt ? { publishedAt: now } : {}) })
      .where(eq(articles.id, articleId));
    await recordAudit(tx, ctx, { action: `article.${action}`, entity: "article", entityId: articleId, detail: { from: article.status } });
    return move.to;
  });
}
