import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DatasetLinks, UpdatedAt } from "@/components/open-data/downloads";
import { DataTable } from "@/components/ui/data-table";
import { PageProblem } from "@/components/ui/page-problem";
import { openDataDictionary } from "@/domain/open-data/pages";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type Props = { params: Promise<{ dataset: string }> };

async function load({ params }: Props) {
  const ctx = await getCtx();
  return { ctx, read: await readForPage(openDataDictionary(ctx, (await params).dataset)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ctx, read } = await load(props);
  if (!read.ok) return { title: (await getTranslations("notFound"))("title") };
  const t = await getTranslations("openData");
  return { title: t("dictionaryTitle", { title: ctx.locale === "en" ? read.data.title.en : read.data.title.zh }) };
}

export default async function DictionaryPage(props: Props) {
  const { ctx, read } = await load(props);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const dataset = read.data;
  const t = await getTranslations("openData");
  const en = ctx.locale === "en";
  const title = en ? dataset.title.en : dataset.title.zh;
  return (
    <>
      <p className="mb-2">
        <a href="/open-data">{t("back")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("dictionaryTitle", { title })}</h1>
      <p className="mb-1 max-w-3xl">{en ? dataset.description.en : dataset.description.zh}</p>
      <UpdatedAt at={dataset.updatedAt} />
      <p className="mb-2">
        {t.rich("licence", { licence: dataset.licence.title, link: (chunks) => <a href={dataset.licence.path}>{chunks}</a> })}
      </p>
      <div className="mb-4">
        <DatasetLinks id={dataset.id} title={title} dictionary={false} />
      </div>
      <p className="mb-2 max-w-3xl">{t("sameFields")}</p>
      <DataTable
        caption={t("fieldsCaption", { title })}
        rows={[...dataset.fields]}
        rowKey={(f) => f.name}
        columns={[
          { header: t("columns.name"), rowHeader: true, cell: (f) => <code>{f.name}</code> },
          { header: t("columns.type"), cell: (f) => `${t(`types.${f.type}`)} (${f.type})` },
          { header: t("columns.meaning"), cell: (f) => (en ? f.meaning.en : f.meaning.zh) },
          { header: t("columns.unit"), cell: (f) => (f.unit ? (en ? f.unit.en : f.unit.zh) : "") },
          { header: t("columns.example"), cell: (f) => <code className="break-all">{f.example}</code> },
        ]}
      />
    </>
  );
}
