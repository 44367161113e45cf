import { getTranslations } from "next-intl/server";

import { listPublished } from "@/domain/transparency/articles";
import { getCtx } from "@/lib/auth/context";

import { ArticleList } from "./article-list";

/** The home page's latest notices and news, with the way to the rest. */
export async function LatestArticles() {
  const ctx = await getCtx();
  const [t, items] = await Promise.all([getTranslations("transparency"), listPublished(ctx, ["notices", "news"], 5)]);
  return (
    <section aria-labelledby="latest-title" className="mt-6">
      <h2 id="latest-title" className="mb-2 text-xl font-bold">
        {t("latest")}
      </h2>
      <ArticleList items={items} locale={ctx.locale} />
      <p className="flex flex-wrap gap-4">
        <a href="/transparency">{t("title")}</a>
        <a href="/transparency/feed.xml" type="application/atom+xml">
          {t("feed")}
        </a>
      </p>
    </section>
  );
}
