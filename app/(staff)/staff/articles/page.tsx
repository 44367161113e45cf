import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { LivePreview } from "@/components/transparency/live-preview";
import { ActionForm } from "@/components/ui/action-form";
import { PageProblem } from "@/components/ui/page-problem";
import { listArticlesForStaff } from "@/domain/transparency/manage-articles";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { saveArticleAction } from "./actions";
import { ArticleFields, articleLabels, previewLabels } from "./article-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function StaffArticlesPage() {
  const ctx = await getCtx();
  const read = await readForPage(listArticlesForStaff(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const [t, sections, format] = await Promise.all([getTranslations("articles"), getTranslations("transparency.sections"), getFormatter()]);
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeZone: "Asia/Shanghai" }) : "–");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      {read.data.length === 0 ? (
        <p className="mb-4">{t("none")}</p>
      ) : (
        <div className="mb-6 overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
          <table className="min-w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-slate-400 text-left">
                <th scope="col" className="py-1 pr-3">
                  {t("titleZh")} / {t("titleEn")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("section")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("status")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("published")}
                </th>
              </tr>
            </thead>
            <tbody>
              {read.data.map((a) => (
                <tr key={a.id} className="border-b border-slate-200">
                  <td className="py-1 pr-3">
                    <a href={`/staff/articles/${a.id}`}>
                      {(ctx.locale === "en" ? a.titleEn || a.titleZh : a.titleZh || a.titleEn) || `#${a.id}`}
                    </a>
                  </td>
                  <td className="py-1 pr-3">{sections(`${a.section}.title`)}</td>
                  <td className="py-1 pr-3">{t(`statuses.${a.status}`)}</td>
                  <td className="py-1 pr-3">{date(a.publishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="new-title">
          <h2 id="new-title" className="mb-2 text-xl font-bold">
            {t("new")}
          </h2>
          <ActionForm action={saveArticleAction.bind(null, null)} submitLabel={t("create")} labels={await articleLabels()}>
            <ArticleFields />
          </ActionForm>
        </section>
        <LivePreview formField="bodyZh" saved={null} labels={await previewLabels()} />
      </div>
    </>
  );
}
