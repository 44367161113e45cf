import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { listStaffOfficers } from "@/domain/directory/staff-queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { setOfficerPublishedAction } from "./officers/[id]/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffDirectory"))("title") };
}

type Props = { searchParams: Promise<{ q?: string; after?: string; error?: string; done?: string }> };

export default async function StaffDirectoryPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const read = await readForPage(listStaffOfficers(ctx, { q: params.q, after: params.after }));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const { q, officers, next } = read.data;
  const t = await getTranslations("staffDirectory");
  const editor = can(ctx, "directory.edit");
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.after) query.set("after", params.after);
  const returnTo = query.size ? `/staff/directory?${query}` : "/staff/directory";
  return (
    <>
      <h1 className="mb-3 text-2xl font-bold">{t("title")}</h1>
      <OutcomeNotice error={params.error} success={params.done ? t("publishedChanged") : null} />
      <ul className="mb-4 flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link prefetch={false} href="/staff/directory/units">
            {t("unitsLink")}
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/staff/directory/areas">
            {t("areasLink")}
          </Link>
        </li>
        {editor && (
          <li>
            <Link prefetch={false} href="/staff/directory/import">
              {t("importLink")}
            </Link>
          </li>
        )}
        <li>
          <a href="/staff/directory/export/officers" download>
            {t("exportOfficers")}
          </a>
        </li>
        <li>
          <a href="/staff/directory/export/areas" download>
            {t("exportAreas")}
          </a>
        </li>
        {editor && (
          <li>
            <Link prefetch={false} href="/staff/directory/officers/new">
              {t("newOfficer")}
            </Link>
          </li>
        )}
      </ul>
      <form method="get" role="search" aria-label={t("searchOfficers")} className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="q" className="mb-1 block font-semibold">
            {t("searchOfficers")}
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
          {t("search")}
        </button>
      </form>
      <DataTable
        caption={t("officersCaption")}
        rows={officers}
        rowKey={(o) => o.id}
        columns={[
          { header: t("badge"), cell: (o) => o.badgeNumber, className: "tabular-nums" },
          {
            header: t("name"),
            cell: (o) => (
              <Link prefetch={false} href={`/staff/directory/officers/${o.id}`}>
                {ctx.locale === "en" ? o.namePinyin : o.nameZh}
              </Link>
            ),
            rowHeader: true,
          },
          { header: t("titleColumn"), cell: (o) => (ctx.locale === "en" ? o.titleEn : o.titleZh) },
          { header: t("unit"), cell: (o) => (ctx.locale === "en" ? o.unitNameEn : o.unitNameZh) },
          {
            header: t("publishedColumn"),
            cell: (o) =>
              editor ? (
                <form action={setOfficerPublishedAction} className="flex items-center gap-2">
                  <input type="hidden" name="officerId" value={o.id} />
                  <input type="hidden" name="published" value={o.published ? "false" : "true"} />
                  <input type="hidden" name="returnTo" value={returnTo} />
                  <span>{o.published ? t("yes") : t("no")}</span>
                  <SubmitButton variant="secondary">
                    {o.published ? t("unpublish", { name: o.nameZh }) : t("publish", { name: o.nameZh })}
                  </SubmitButton>
                </form>
              ) : o.published ? (
                t("yes")
              ) : (
                t("no")
              ),
          },
        ]}
      />
      {officers.length === 0 && <p className="mt-3">{t("noOfficers")}</p>}
      {next && (
        <p className="mt-4">
          <Link prefetch={false} href={`/staff/directory?${new URLSearchParams({ ...(q ? { q } : {}), after: next })}`} rel="next">
            {t("nextPage")}
          </Link>
        </p>
      )}
    </>
  );
}
