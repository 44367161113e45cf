import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { EntityForm } from "@/components/ui/entity-form";
import { PageProblem } from "@/components/ui/page-problem";
import { listServicesForStaff } from "@/domain/services/edit-services";
import { getCtx } from "@/lib/auth/context";
import { serviceCategories } from "@/lib/core/values";
import { readForPage } from "@/lib/errors";

import { createServiceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffServices.create"))("title") };
}

export default async function NewServicePage() {
  // The catalogue's own check: the page opens to those who may keep it.
  const read = await readForPage(listServicesForStaff(await getCtx()));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const [t, ts] = await Promise.all([getTranslations("staffServices"), getTranslations("services")]);
  const fields = [
    { name: "titleZh", label: t("create.titleZh") },
    { name: "titleEn", label: t("create.titleEn") },
    { name: "slug", label: t("create.slug"), hint: t("create.slugHint") },
    {
      name: "category",
      label: t("category"),
      type: "select" as const,
      options: [{ value: "", label: ts("chooseOption") }, ...serviceCategories.map((c) => ({ value: c, label: ts(`categories.${c}`) }))],
    },
    { name: "keywords", label: t("create.keywords"), hint: t("create.keywordsHint") },
  ];
  return (
    <>
      <p className="mb-2">
        <a href="/staff/services">{t("back")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("create.title")}</h1>
      <p className="mb-4 max-w-2xl">{t("create.intro")}</p>
      <EntityForm schema="service" fields={fields} initial={{}} submitLabel={t("create.submit")} action={createServiceAction} />
    </>
  );
}
