import { getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import type { ArticleFile } from "@/domain/transparency/article-attachments";
import type { LinkedService } from "@/domain/transparency/service-links";

/** Below a public article: the service guide it describes and its PDFs. */
export async function ArticleExtras({
  articleId,
  files,
  service,
  locale,
}: {
  articleId: number;
  files: ArticleFile[];
  service: LinkedService | null;
  locale: Locale;
}) {
  const t = await getTranslations("transparency");
  return (
    <>
      {service && (
        <p className="mb-4 max-w-3xl font-semibold">
          <a href={`/services/${service.slug}`}>
            {t("serviceGuide", { title: (locale === "en" ? service.titleEn : service.titleZh) || service.titleZh })}
          </a>
        </p>
      )}
      {files.length > 0 && (
        <section aria-labelledby="files-title" className="mb-4 max-w-3xl">
          <h2 id="files-title" className="mb-2 text-xl font-bold">
            {t("files")}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {files.map((f) => (
              <li key={f.id}>
                <a href={`/transparency/articles/${articleId}/files/${f.id}`}>{f.fileName}</a>{" "}
                <span className="text-sm text-slate-700">({t("fileSize", { size: `${Math.ceil(f.size / 1024)} KB` })})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
