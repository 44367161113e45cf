import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ActionForm } from "@/components/ui/action-form";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { can } from "@/domain/permissions";
import { listTemplates } from "@/domain/requests/templates";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { deleteTemplateAction, saveTemplateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("title") };
}

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

type Props = { searchParams: Promise<{ deleted?: string; error?: string }> };

export default async function TemplatesPage({ searchParams }: Props) {
  const params = await searchParams;
  const ctx = await getCtx();
  const read = await readForPage(listTemplates(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const t = await getTranslations("templates");
  const editor = can(ctx, "template.edit");
  const labels = { title: t("name"), bodyZh: t("bodyZh"), bodyEn: t("bodyEn") };
  const fields = (key: string, values?: { title: string; bodyZh: string; bodyEn: string }) => (
    <>
      <label htmlFor={`title-${key}`} className="mb-1 block font-semibold">
        {t("name")}
      </label>
      <input id={`title-${key}`} name="title" defaultValue={values?.title} className={`${box} mb-2`} />
      {(["bodyZh", "bodyEn"] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`${field}-${key}`} className="mb-1 block font-semibold">
            {t(field)}
          </label>
          <textarea
            id={`${field}-${key}`}
            name={field}
            rows={4}
            lang={field === "bodyZh" ? "zh-CN" : "en"}
            defaultValue={values?.[field]}
            className={`${box} mb-2`}
          />
        </div>
      ))}
    </>
  );
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      <OutcomeNotice error={params.error} success={params.deleted ? t("deleted") : null} />
      <ul className="mb-6 grid gap-4">
        {read.data.map((tpl) => (
          <li key={tpl.id} className="rounded border border-slate-300 p-3">
            {editor ? (
              <>
                <ActionForm action={saveTemplateAction.bind(null, tpl.id)} submitLabel={t("save")} labels={labels} variant="secondary">
                  {fields(String(tpl.id), tpl)}
                </ActionForm>
                <form action={deleteTemplateAction}>
                  <input type="hidden" name="templateId" value={tpl.id} />
                  <SubmitButton variant="danger">{t("delete", { title: tpl.title })}</SubmitButton>
                </form>
              </>
            ) : (
              <>
                <p className="font-semibold">{tpl.title}</p>
                <p lang="zh-CN" className="whitespace-pre-line">
                  {tpl.bodyZh}
                </p>
                <p lang="en" className="mt-2 whitespace-pre-line">
                  {tpl.bodyEn}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
      {editor && (
        <section aria-labelledby="new-template" className="max-w-2xl">
          <h2 id="new-template" className="mb-2 text-xl font-bold">
            {t("new")}
          </h2>
          <ActionForm action={saveTemplateAction.bind(null, null)} submitLabel={t("create")} labels={labels}>
            <p className="mb-2 text-sm text-slate-700">{t("placeholders")}</p>
            {fields("new")}
          </ActionForm>
        </section>
      )}
    </>
  );
}
