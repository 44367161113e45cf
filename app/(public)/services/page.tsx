import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ServiceList } from "@/components/services/service-list";
import { ServiceSearchForm } from "@/components/services/service-search-form";
import { listServices } from "@/domain/services/catalogue";
import { getCtx } from "@/lib/auth/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("services"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ServicesPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const ctx = await getCtx();
  const t = await getTranslations("services");
  const result = await listServices(ctx, { q: (Array.isArray(q) ? q[0] : q) ?? "" });
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <ServiceSearchForm q={result.q} />
      {result.q && (
        <p className="mb-4" role="status">
          {t("results", { count: result.total, q: result.q })} <a href="/services">{t("showAll")}</a>
        </p>
      )}
      {result.categories.map(({ category, services }) => (
        <section key={category} aria-labelledby={`category-${category}`} className="mt-6">
          <h2 id={`category-${category}`} className="mb-3 text-xl font-bold">
            {t(`categories.${category}`)}
          </h2>
          <ServiceList services={services} />
        </section>
      ))}
    </>
  );
}
