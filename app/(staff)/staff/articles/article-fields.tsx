import { getTranslations } from "next-intl/server";

import type { LivePreviewLabels } from "@/components/transparency/live-preview";
import { articleSections, type Article } from "@/domain/transparency/articles";
import { listServicesForArticles } from "@/domain/transparency/manage-articles";
import { getCtx } from "@/lib/auth/context";

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

/** The article form's fields, filled with the saved article when there is one. */
export async function ArticleFields({ article }: { article?: Article }) {
  const t = await getTranslations("articles");
  const sections = await getTranslations("transparency.sections");
  const ctx = await getCtx();
  const services = await listServicesForArticles(ctx);
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
      <label htmlFor="serviceId" className="mb-1 block font-semibold">
        {t("service")}
      </label>
      <p id="serviceId-help" className="mb-1 text-sm text-slate-700">
        {t("serviceHelp")}
      </p>
      <select
        id="serviceId"
        name="serviceId"
        aria-describedby="serviceId-help"
        defaultValue={article?.serviceId ?? ""}
        className={`${box} mb-3 max-w-sm`}
      >
        <option value="">{t("noService")}</option>
        {services.map((s) => (
          <option key={s.id} value={s.id}>
            {(ctx.locale === "en" ? s.titleEn : s.titleZh) || s.titleZh}
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
  return {
    section: t("section"),
    serviceId: t("service"),
    titleZh: t("titleZh"),
    titleEn: t("titleEn"),
    bodyZh: t("bodyZh"),
    bodyEn: t("bodyEn"),
  };
}

export async function previewLabels(): Promise<LivePreviewLabels> {
  const [t, tt] = await Promise.all([getTranslations("articles"), getTranslations("transparency")]);
  return {
    saved: t("preview"),
    live: t("previewLive"),
    savedNote: t("previewSavedNote"),
    liveNote: t("previewLiveNote"),
    zh: t("previewZh"),
    en: t("previewEn"),
    empty: t("emptyLanguage"),
    external: tt("externalLink"),
  };
}
