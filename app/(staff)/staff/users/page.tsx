import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { DataTable } from "@/components/ui/data-table";
import { PageProblem } from "@/components/ui/page-problem";
import { listUsers } from "@/domain/accounts/queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/** Staff accounts, or any account matching a search; each name opens the account's page. */
export default async function UsersPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  const ctx = await getCtx();
  const read = await readForPage(listUsers(ctx, { q: query }), "/staff/users");
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const users = read.data;
  const t = await getTranslations("users");
  const roles = await getTranslations("roles");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <p className="mb-4">
        <Link prefetch={false} href="/staff/users/new" className="font-semibold">
          {t("createLink")}
        </Link>
      </p>
      <form role="search" method="get" className="mb-4 flex max-w-xl flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="q" className="mb-1 block font-semibold">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={100}
            className="w-full rounded border-2 border-slate-700 px-3 py-2 text-base focus:outline-none focus:ring-4 focus:ring-amber-400"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0f172a] focus:outline-none focus:ring-4 focus:ring-amber-400"
        >
          {t("searchButton")}
        </button>
      </form>
      <DataTable
        caption={query ? t("resultsFor", { query }) : t("staffCaption")}
        rows={users}
        rowKey={(user) => user.id}
        columns={[
          {
            header: t("name"),
            cell: (user) => (
              <Link prefetch={false} href={`/staff/users/${user.id}`}>
                {user.name}
              </Link>
            ),
            rowHeader: true,
            className: "font-semibold",
          },
          { header: t("email"), cell: (user) => <span className="break-all">{user.email}</span> },
          { header: t("role"), cell: (user) => roles(user.role) },
          { header: t("unit"), cell: (user) => (ctx.locale === "en" ? user.unitNameEn : user.unitNameZh) ?? "—" },
          {
            header: t("state"),
            cell: (user) => (user.disabled ? t("disabled") : user.invited ? t("invited") : user.locked ? t("locked") : t("active")),
          },
          { header: t("secondFactor"), cell: (user) => (user.secondFactor ? t("secondFactorOn") : t("secondFactorOff")) },
        ]}
      />
    </>
  );
}
