import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { LivePreview } from "@/components/transparency/live-preview";
import { ActionForm } from "@/components/ui/action-form";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { listArticleFiles } from "@/domain/transparency/article-attachments";
import { getArticleForStaff } from "@/domain/transparency/manage-articles";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { articleStatusAction, saveArticleAction } from "../actions";
import { ArticleFields, articleLabels, previewLabels } from "../article-fields";
import { ArticleFiles } from "../article-files";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; status?: string; error?: string; attached?: string; removed?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("edit") };
}

const actionsFor = { draft: ["publish"], published: ["archive", "draft"], archived: ["publish", "draft"] } as const;

export default async function StaffArticlePage({ params, searchParams }: Props) {
  const ctx = await getCtx();
  const query = await searchParams;
  const read = await readForPage(getArticleForStaff(ctx, (await params).id));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const article = read.data;
  const [t, files] = await Promise.all([getTranslations("articles"), listArticleFiles(ctx, article.id)]);
  const label = { publish: t("publish"), archive: t("archive"), draft: t("toDraft") };
  const outcomes = { status: "statusDone", attached: "attached", removed: "removed", saved: "done" } as const;
  const shown = (Object.keys(outcomes) as (keyof typeof outcomes)[]).find((key) => query[key]);
  const success = shown ? t(outcomes[shown]) : null;
  return (
    <>
      <p className="mb-2">
        <a href="/staff/articles">{t("back")}</a>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{article.titleZh || article.titleEn}</h1>
      <p className="mb-3">
        {t("status")}: <strong>{t(`statuses.${article.status}`)}</strong>
        {article.status !== "draft" && (
          <a className="ml-3" href={`/transparency/articles/${article.id}`}>
            {t("view")}
          </a>
        )}
      </p>
      <OutcomeNotice error={query.error} success={success} />
      <div className="mb-4 flex flex-wrap gap-3">
        {actionsFor[article.status].map((action) => (
          <form key={action} action={articleStatusAction}>
            <input type="hidden" name="articleId" value={article.id} />
            <input type="hidden" name="action" value={action} />
            <SubmitButton variant={action === "publish" ? "primary" : "secondary"}>{label[action]}</SubmitButton>
          </form>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="edit-title">
          <h2 id="edit-title" className="mb-2 text-xl font-bold">
            {t("edit")}
          </h2>
          <ActionForm action={saveArticleAction.bind(null, article.id)} submitLabel={t("save")} labels={await articleLabels()}>
            <ArticleFields article={article} />
          </ActionForm>
        </section>
        <LivePreview
          formField="bodyZh"
          saved={{ titleZh: article.titleZh, titleEn: article.titleEn, bodyZh: article.bodyZh, bodyEn: article.bodyEn }}
          labels={await previewLabels()}
        />
      </div>
      <ArticleFiles articleId={article.id} files={files} />
    </>
  );
}
