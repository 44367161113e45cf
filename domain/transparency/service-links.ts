import "server-only";

import { and, desc, eq } from "drizzle-orm";

import { getDb } from "@/db/client";
import { articles, services } from "@/db/schema";

import type { Ctx } from "../context";
import type { ArticleSummary } from "./articles";

export type LinkedService = { slug: string; titleZh: string; titleEn: string };

/** The published service guide an article describes, if it names one. */
export async function getArticleService(_ctx: Ctx, article: { serviceId: number | null }): Promise<LinkedService | null> {
  if (article.serviceId === null) return null;
  const db = await getDb();
  const [service] = await db
    .select({ slug: services.slug, titleZh: services.titleZh, titleEn: services.titleEn })
    .from(services)
    .where(and(eq(services.id, article.serviceId), eq(services.published, true)));
  return service ?? null;
}

/** The published articles that describe a service, newest first: its guide links back to them. */
export async function listArticlesForService(_ctx: Ctx, serviceSlug: string): Promise<ArticleSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: articles.id,
      section: articles.section,
      titleZh: articles.titleZh,
      titleEn: articles.titleEn,
      publishedAt: articles.publishedAt,
      status: articles.status,
    })
    .from(articles)
    .innerJoin(services, eq(services.id, articles.serviceId))
    .where(and(eq(services.slug, serviceSlug), eq(articles.status, "published")))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(20);
}
