import { getTranslations } from "next-intl/server";

import { ArticleList } from "@/components/transparency/article-list";
import type { Ctx } from "@/domain/context";
import { listArticlesForService } from "@/domain/transparency/service-links";

/** A service guide's link back to the disclosure articles (procedures, notices) that describe it. */
export async function RelatedArticles({ ctx, serviceSlug }: { ctx: Ctx; serviceSlug: string }) {
  const items = await listArticlesForService(ctx, serviceSlug);
  if (items.length === 0) return null;
  const t = await getTranslations("services");
  return (
    <section aria-labelledby="related-articles" className="mt-6 max-w-3xl print:hidden">
      <h2 id="related-articles" className="mb-2 text-xl font-bold">
        {t("relatedArticles")}
      </h2>
      <ArticleList items={items} locale={ctx.locale} />
    </section>
  );
}
