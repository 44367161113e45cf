import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { unitChoices } from "@/components/officers/unit-choices";
import { DefinitionPreview } from "@/components/services/definition-preview";
import { ActionForm } from "@/components/ui/action-form";
import { ClientMessages } from "@/components/ui/client-messages";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { getServiceDetails } from "@/domain/services/create-service";
import { getServiceForStaff } from "@/domain/services/edit-services";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { saveServiceDefinitionAction, saveServiceDetailsAction, saveServiceGuideAction } from "../actions";
import { DefinitionEditor } from "./definition-editor";
import { DetailsForm } from "./details-form";
import { GuideFields, guideLabels } from "./guide-fields";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ guide?: string; definition?: string; details?: string; created?: string }>;
};

async function load({ params }: Props) {
  const ctx = await getCtx();
  return { ctx, read: await readForPage(getServiceForStaff(ctx, (await params).slug)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ctx, read } = await load(props);
  const t = await getTranslations("staffServices");
  if (!read.ok) return { title: t("title") };
  return { title: t("editTitle", { service: ctx.locale === "en" ? read.data.titleEn : read.data.titleZh }) };
}

export default async function StaffServicePage(props: Props) {
  const { ctx, read } = await load(props);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const service = read.data;
  const t = await getTranslations("staffServices");
  const { guide, definition, details, created } = await props.searchParams;
  const more = await getServiceDetails(ctx, service.slug);
  const guideSaved = guide === "saved";
  const title = ctx.locale === "en" ? service.titleEn : service.titleZh;
  return (
    <>
      <p className="mb-2">
        <a href="/staff/services">{t("back")}</a>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{t("editTitle", { service: title })}</h1>
      <p className="mb-4">
        {t("state")}: <strong>{service.published ? t("published") : t("unpublished")}</strong>
        {service.published && (
          <a className="ml-3" href={`/services/${service.slug}`}>
            {t("view")}
          </a>
        )}
      </p>
      <OutcomeNotice success={created === "1" ? t("create.done") : null} />
      <section aria-labelledby="details-title" className="mb-6">
        <h2 id="details-title" className="mb-2 text-xl font-bold">
          {t("details.title")}
        </h2>
        <ClientMessages paths={["staffServices.details", "services.materialForms"]}>
          <DetailsForm
            slug={service.slug}
            details={more}
            units={await unitChoices(more.units, ctx.locale, "id")}
            saved={details === "saved"}
            action={saveServiceDetailsAction.bind(null, service.slug)}
          />
        </ClientMessages>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="definition-title" className="min-w-0">
          <h2 id="definition-title" className="mb-2 text-xl font-bold">
            {t("definitionTitle")}
          </h2>
          <ClientMessages paths={["staffServices"]}>
            <DefinitionEditor
              definition={service.definition}
              saved={definition === "saved"}
              action={saveServiceDefinitionAction.bind(null, service.slug)}
            />
          </ClientMessages>
        </section>
        <section aria-labelledby="preview-title" className="min-w-0">
          <h2 id="preview-title" className="mb-2 text-xl font-bold">
            {t("previewTitle")}
          </h2>
          <p className="mb-3 text-sm">{t("previewIntro")}</p>
          <ClientMessages paths={["staffServices", "services"]}>
            <DefinitionPreview fields={service.fields} />
          </ClientMessages>
        </section>
      </div>
      <section aria-labelledby="guide-title" className="mt-6">
        <h2 id="guide-title" className="mb-2 text-xl font-bold">
          {t("guide.title")}
        </h2>
        <p className="mb-3 max-w-2xl">{t("guide.intro")}</p>
        <OutcomeNotice success={guideSaved ? t("guide.saved") : null} />
        <ActionForm action={saveServiceGuideAction.bind(null, service.slug)} submitLabel={t("guide.save")} labels={await guideLabels()}>
          <GuideFields guide={service.guide} />
        </ActionForm>
      </section>
    </>
  );
}
