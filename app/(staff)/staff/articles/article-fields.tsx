import { getTranslations } from "next-intl/server";

import { articleSections, type Article } from "@/domain/transparency/articles";

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

/** The article form's fields, filled with the saved article when there is one. */
export async function ArticleFields({ article }: { article?: Article }) {
  const t = await getTranslations("articles");
  const sections = await getTranslations("transparency.sections");
  return (
    <>
      <label htmlFor="section" className="mb-1 block font-semibold">
        {t("section")}
      </label>
      <select id="section" name="section" defaultValue={article?.section ?? "news"} className={`${box} mb-3 max-w-sm`}>
        {articleSections.map((s) => (
          <option key={s} value={s}>
            {sections(`${s}.title`)}
          </option>
        ))}
      </select>
      <p id="markdown-help" className="mb-2 text-sm text-slate-700">
        {t("markdownHelp")}
      </p>
      {(["Zh", "En"] as const).map((lang) => (
        <div key={lang} className="mb-3" lang={lang === "Zh" ? "zh-CN" : "en"}>
          <label htmlFor={`title${lang}`} className="mb-1 block font-semibold">
            {t(`title${lang}`)}
          </label>
          <input id={`title${lang}`} name={`title${lang}`} defaultValue={article?.[`title${lang}`]} className={`${box} mb-2`} />
          <label htmlFor={`body${lang}`} className="mb-1 block font-semibold">
            {t(`body${lang}`)}
          </label>
          <textarea
            id={`body${lang}`}
            name={`body${lang}`}
            rows={10}
            aria-describedby="markdown-help"
            defaultValue={article?.[`body${lang}`]}
            className={`${box} font-mono`}
          />
        </div>
      ))}
    </>
  );
}

export async function articleLabels() {
  const t = await getTranslations("articles");
  return { section: t("section"), titleZh: t("titleZh"), titleEn: t("titleEn"), bodyZh: t("bodyZh"), bodyEn: t("bodyEn") };
}
