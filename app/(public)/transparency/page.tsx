import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ArticleList } from "@/components/transparency/article-list";
import { listPublished } from "@/domain/transparency/articles";
import { getCtx } from "@/lib/auth/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("title") };
}

const sections = [
  { key: "organisation", href: "/transparency/organisation" },
  { key: "law", href: "/transparency/law" },
  { key: "procedures", href: "/transparency/procedures" },
  { key: "results", href: "/transparency/results" },
  { key: "news", href: "/transparency/news" },
  { key: "notices", href: "/transparency/notices" },
  { key: "statistics", href: "/transparency/statistics" },
] as const;

export default async function TransparencyPage() {
  const ctx = await getCtx();
  const [t, latest] = await Promise.all([getTranslations("transparency"), listPublished(ctx, ["news", "notices"], 5)]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ul className="mb-6 grid gap-3 sm:grid-cols-2">
        {sections.map((s) => (
          <li key={s.key} className="rounded border border-slate-300 p-3">
            <a href={s.href} className="font-semibold">
              {t(`sections.${s.key}.title`)}
            </a>
            <p className="text-sm text-slate-700">{t(`sections.${s.key}.line`)}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title" className="mb-2 text-xl font-bold">
          {t("latest")}
        </h2>
        <ArticleList items={latest} locale={ctx.locale} />
        <p>
          <a href="/transparency/feed.xml" type="application/atom+xml">
            {t("feed")}
          </a>
        </p>
      </section>
    </>
  );
}
