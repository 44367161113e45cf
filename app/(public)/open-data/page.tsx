import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DatasetLinks, UpdatedAt } from "@/components/open-data/downloads";
import { openDataCatalogue } from "@/domain/open-data/pages";
import { getCtx } from "@/lib/auth/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openData"))("title") };
}

export default async function OpenDataPage() {
  const ctx = await getCtx();
  const [t, nav, catalogue] = await Promise.all([getTranslations("openData"), getTranslations("nav"), openDataCatalogue(ctx)]);
  const en = ctx.locale === "en";
  return (
    <>
      <p className="mb-2">
        <a href="/transparency">{nav("transparency")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl">{t("intro")}</p>
      <p className="mb-2 max-w-3xl">
        {t.rich("licence", { licence: catalogue.licence.title, link: (chunks) => <a href={catalogue.licence.path}>{chunks}</a> })}
      </p>
      <p className="mb-6">
        <a href="/open-data/datapackage.json" type="application/json">
          {t("package")}
        </a>
      </p>
      <h2 className="mb-3 text-xl font-bold">{t("datasetsTitle")}</h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {catalogue.datasets.map((d) => {
          const title = en ? d.title.en : d.title.zh;
          return (
            <li key={d.id} className="rounded border border-slate-300 p-3">
              <h3 className="text-lg font-semibold">{title}</h3>
              <p className="mb-1">{en ? d.description.en : d.description.zh}</p>
              <UpdatedAt at={d.updatedAt} />
              <DatasetLinks id={d.id} title={title} />
            </li>
          );
        })}
      </ul>
    </>
  );
}
