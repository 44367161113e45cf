import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ArticleList } from "@/components/transparency/article-list";
import { PageProblem } from "@/components/ui/page-problem";
import { listPublished, parseSection } from "@/domain/transparency/articles";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type Props = { params: Promise<{ section: string }> };

async function load({ params }: Props) {
  const ctx = await getCtx();
  const { section } = await params;
  const read = await readForPage(
    (async () => {
      const parsed = parseSection(section);
      return { section: parsed, items: await listPublished(ctx, [parsed]) };
    })(),
  );
  return { ctx, read };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { read } = await load(props);
  if (!read.ok) return { title: (await getTranslations("notFound"))("title") };
  return { title: (await getTranslations("transparency"))(`sections.${read.data.section}.title`) };
}

export default async function SectionPage(props: Props) {
  const { ctx, read } = await load(props);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const { section, items } = read.data;
  const [t, nav] = await Promise.all([getTranslations("transparency"), getTranslations("nav")]);
  return (
    <>
      <p className="mb-2">
        <a href="/transparency">{nav("transparency")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t(`sections.${section}.title`)}</h1>
      <p className="mb-4 max-w-3xl">{t(`sections.${section}.line`)}</p>
      {section === "procedures" && (
        <p className="mb-4 max-w-3xl">
          {t("procedureGuides")} <a href="/services">{t("serviceHall")}</a>
        </p>
      )}
      <ArticleList items={items} locale={ctx.locale} />
    </>
  );
}
