import "server-only";

import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";

import { getDb } from "@/db/client";
import { articles, articleSections, type Article, type ArticleSection } from "@/db/schema";
import { intId } from "@/lib/core/query-params";

import { cached } from "../cache";
import type { Ctx, Locale } from "../context";
import { NotFoundError } from "../errors";

export { articleSections, type Article };

export type ArticleSummary = Pick<Article, "id" | "section" | "titleZh" | "titleEn" | "publishedAt" | "status">;

const summaryColumns = {
  id: articles.id,
  section: articles.section,
  titleZh: articles.titleZh,
  titleEn: articles.titleEn,
  publishedAt: articles.publishedAt,
  status: articles.status,
};

/** A section name from a path segment: anything else is not found. */
export function parseSection(value: unknown): ArticleSection {
  const parsed = z.enum(articleSections).safeParse(value);
  if (!parsed.success) throw new NotFoundError("section");
  return parsed.data;
}

/** Published articles of some sections, newest first (kept until an article is saved, published or archived). */
export async function listPublished(_ctx: Ctx, sections: readonly ArticleSection[], limit = 50): Promise<ArticleSummary[]> {
  return cached("articles", `published:${sections.join(",")}:${limit}`, async () => {
    const db = await getDb();
    return db
      .select(summaryColumns)
      .from(articles)
      .where(and(inArray(articles.section, [...sections]), eq(articles.status, "published")))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(limit);
  });
}

/** A public article: published, or archived (kept for the record, marked as such). Drafts are not found. */
export async function getPublicArticle(_ctx: Ctx, id: unknown): Promise<Article> {
  const parsed = intId.safeParse(id);
  if (!parsed.success) throw new NotFoundError("article");
  const db = await getDb();
  const [article] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.id, parsed.data), inArray(articles.status, ["published", "archived"])))
    .limit(1);
  if (!article) throw new NotFoundError(`article ${parsed.data}`);
  return article;
}

/** Whether an article is public (the proxy's status code); the page reads it with getPublicArticle. */
export async function publicArticleExists(ctx: Ctx, id: string): Promise<boolean> {
  try {
    await getPublicArticle(ctx, id);
    return true;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/** The article's title and body in `locale`, or in the other language when it has none: `fallback` says so. */
export function localised(article: Pick<Article, "titleZh" | "titleEn" | "bodyZh" | "bodyEn">, locale: Locale) {
  const own = locale === "en" ? { title: article.titleEn, body: article.bodyEn } : { title: article.titleZh, body: article.bodyZh };
  const other = locale === "en" ? { title: article.titleZh, body: article.bodyZh } : { title: article.titleEn, body: article.bodyEn };
  const fallback = !own.title.trim() || !own.body.trim();
  return { ...(fallback ? other : own), fallback, lang: (fallback ? (locale === "en" ? "zh-CN" : "en") : locale) as Locale };
}
