import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { listServicesForStaff } from "@/domain/services/edit-services";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { publishServiceAction } from "./actions";

type Props = { searchParams: Promise<{ published?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffServices"))("title") };
}

const cell = "py-1 pr-3";

export default async function StaffServicesPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const query = await searchParams;
  const read = await readForPage(listServicesForStaff(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const [t, ts] = await Promise.all([getTranslations("staffServices"), getTranslations("services")]);
  const success = query.published === "1" ? t("publishedDone") : query.published === "0" ? t("unpublishedDone") : null;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      <p className="mb-4">
        <a href="/staff/services/new" className="font-semibold">
          {t("create.link")}
        </a>
      </p>
      <OutcomeNotice error={query.error} success={success} />
      <div className="mb-6 overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
        <table className="min-w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-400 text-left">
              <th scope="col" className={cell}>
                {t("service")}
              </th>
              <th scope="col" className={cell}>
                {t("category")}
              </th>
              <th scope="col" className={cell}>
                {t("howToApply")}
              </th>
              <th scope="col" className={cell}>
                {t("state")}
              </th>
              <th scope="col" className={cell}>
                {t("change")}
              </th>
            </tr>
          </thead>
          <tbody>
            {read.data.map((s) => {
              const title = ctx.locale === "en" ? s.titleEn : s.titleZh;
              return (
                <tr key={s.slug} className="border-b border-slate-200">
                  <td className={cell}>
                    <a href={`/staff/services/${s.slug}`}>{title}</a>
                  </td>
                  <td className={cell}>{ts(`categories.${s.category}`)}</td>
                  <td className={cell}>{s.online ? ts("online") : ts("visit")}</td>
                  <td className={cell}>{s.published ? t("published") : t("unpublished")}</td>
                  <td className={cell}>
                    <form action={publishServiceAction}>
                      <input type="hidden" name="slug" value={s.slug} />
                      <input type="hidden" name="published" value={s.published ? "false" : "true"} />
                      <SubmitButton variant="secondary">
                        {s.published ? t("unpublish") : t("publish")}
                        <span className="sr-only">: {title}</span>
                      </SubmitButton>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
