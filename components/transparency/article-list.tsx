import { getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import { localised, type ArticleSummary } from "@/domain/transparency/articles";
import { dateTimeFormat } from "@/lib/core/intl-formats";

/** Article titles with their publish dates, linking to each article. */
export async function ArticleList({ items, locale }: { items: ArticleSummary[]; locale: Locale }) {
  const t = await getTranslations("transparency");
  if (items.length === 0) return <p className="mb-3">{t("noArticles")}</p>;
  return (
    <ul className="mb-3 space-y-2">
      {items.map((a) => {
        const { title, lang } = localised({ ...a, bodyZh: "-", bodyEn: "-" }, locale);
        return (
          <li key={a.id}>
            <a href={`/transparency/articles/${a.id}`} lang={lang === locale ? undefined : lang}>
              {title}
            </a>
            {a.publishedAt && (
              <span className="ml-2 text-sm text-slate-700">
                {dateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(a.publishedAt)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
