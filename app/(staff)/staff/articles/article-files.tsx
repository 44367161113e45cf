import { getTranslations } from "next-intl/server";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ArticleFile } from "@/domain/transparency/article-attachments";

import { attachArticleFilesAction, removeArticleFileAction } from "./actions";

/** The article's PDFs: each with its download and a remove button, and the form that attaches more. */
export async function ArticleFiles({ articleId, files }: { articleId: number; files: ArticleFile[] }) {
  const t = await getTranslations("articles");
  return (
    <section aria-labelledby="files-title" className="mb-6 max-w-3xl">
      <h2 id="files-title" className="mb-2 text-xl font-bold">
        {t("files")}
      </h2>
      {files.length === 0 ? (
        <p className="mb-3">{t("noFiles")}</p>
      ) : (
        <ul className="mb-3 space-y-2">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center gap-3">
              <a href={`/transparency/articles/${articleId}/files/${f.id}`}>{f.fileName}</a>
              <span className="text-sm text-slate-700">{Math.ceil(f.size / 1024)} KB</span>
              <form action={removeArticleFileAction}>
                <input type="hidden" name="articleId" value={articleId} />
                <input type="hidden" name="attachmentId" value={f.id} />
                <SubmitButton variant="secondary">
                  {t("remove")}
                  <span className="sr-only"> {f.fileName}</span>
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        action={attachArticleFilesAction.bind(null, articleId)}
        submitLabel={t("attach")}
        labels={{ attachments: t("attachLabel") }}
      >
        <label htmlFor="attachments" className="mb-1 block font-semibold">
          {t("attachLabel")}
        </label>
        <p id="attachments-help" className="mb-2 text-sm text-slate-700">
          {t("attachHelp")}
        </p>
        <input
          id="attachments"
          name="attachments"
          type="file"
          accept="application/pdf"
          aria-describedby="attachments-help"
          className="max-w-full"
        />
      </ActionForm>
    </section>
  );
}
