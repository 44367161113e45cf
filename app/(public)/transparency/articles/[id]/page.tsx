import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { ArticleExtras } from "@/components/transparency/article-extras";
import { ArticleMarkdown } from "@/components/transparency/markdown";
import { PageProblem } from "@/components/ui/page-problem";
import { listArticleFiles } from "@/domain/transparency/article-attachments";
import { getPublicArticle, localised } from "@/domain/transparency/articles";
import { getArticleService } from "@/domain/transparency/service-links";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

async function load({ params }: Props) {
  const ctx = await getCtx();
  return { ctx, read: await readForPage(getPublicArticle(ctx, (await params).id)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ctx, read } = await load(props);
  return { title: read.ok ? localised(read.data, ctx.locale).title : (await getTranslations("notFound"))("title") };
}

export default async function ArticlePage(props: Props) {
  const { ctx, read } = await load(props);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const article = read.data;
  const [t, format, files, service] = await Promise.all([
    getTranslations("transparency"),
    getFormatter(),
    listArticleFiles(ctx, article.id),
    getArticleService(ctx, article),
  ]);
  const text = localised(article, ctx.locale);
  const other = text.lang !== ctx.locale ? text.lang : undefined;
  return (
    <>
      <p className="mb-2">
        <a href={`/transparency/${article.section}`}>{t(`sections.${article.section}.title`)}</a>
      </p>
      {text.fallback && (
        <p className="mb-3 rounded border border-amber-400 bg-amber-50 p-2" role="note">
          {t("missingTranslation")}
        </p>
      )}
      {article.status === "archived" && (
        <p className="mb-3 rounded border border-slate-400 bg-slate-50 p-2" role="note">
          {t("archived")}
        </p>
      )}
      <article lang={other}>
        <h1 className="mb-1 text-2xl font-bold">{text.title}</h1>
        {article.publishedAt && (
          <p className="mb-4 text-sm text-slate-700" lang={ctx.locale}>
            {t("publishedOn", { date: format.dateTime(article.publishedAt, { dateStyle: "long", timeZone: "Asia/Shanghai" }) })}
          </p>
        )}
        <ArticleMarkdown text={text.body} externalLabel={t("externalLink")} />
      </article>
      <ArticleExtras articleId={article.id} files={files} service={service} locale={ctx.locale} />
    </>
  );
}
