import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ScoresOnRecord } from "@/components/evaluations/scores-on-record";
import { PrintButton } from "@/components/feedback/print-button";
import { RelatedArticles } from "@/components/services/related-articles";
import { ServiceGuide } from "@/components/services/service-guide";
import { ClientMessages } from "@/components/ui/client-messages";
import { PageProblem } from "@/components/ui/page-problem";
import { getServiceGuide } from "@/domain/services/catalogue";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type Props = { params: Promise<{ slug: string }> };

async function load({ params }: Props) {
  const ctx = await getCtx();
  return { ctx, read: await readForPage(getServiceGuide(ctx, (await params).slug)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { read } = await load(props);
  return { title: read.ok ? read.data.title : (await getTranslations("notFound"))("title") };
}

export default async function ServiceGuidePage(props: Props) {
  const { ctx, read } = await load(props);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const guide = read.data;
  const t = await getTranslations("services");
  return (
    <>
      <p className="mb-2 print:hidden">
        <a href="/services">{t("title")}</a> › {t(`categories.${guide.category}`)}
      </p>
      <h1 className="mb-1 text-2xl font-bold">{guide.title}</h1>
      <p className="mb-3 max-w-2xl">{guide.summary}</p>
      <div className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        {guide.online ? (
          <a
            href={`/services/${guide.slug}/apply`}
            className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white no-underline shadow-[0_2px_0_#0f172a] hover:bg-emerald-900"
          >
            {t("online")}
          </a>
        ) : (
          <p className="font-semibold">{t("visit")}</p>
        )}
        <ClientMessages paths={["feedback.print", "feedback.printHint"]}>
          <PrintButton />
        </ClientMessages>
      </div>
      <ServiceGuide guide={guide} />
      <div className="print:hidden">
        <ScoresOnRecord target={`service:${guide.slug}`} />
      </div>
      <RelatedArticles ctx={ctx} serviceSlug={guide.slug} />
    </>
  );
}
