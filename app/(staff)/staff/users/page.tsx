import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { PageProblem } from "@/components/ui/page-problem";
import { SubmitButton } from "@/components/ui/submit-button";
import { listUsers, type UserSummary } from "@/domain/accounts/queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { setUserDisabledAction, signOutUserEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

async function UserActions({ user }: { user: UserSummary }) {
  const t = await getTranslations("users");
  return (
    <div className="flex flex-wrap gap-2">
      <form action={setUserDisabledAction}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
        <SubmitButton variant={user.disabled ? "secondary" : "danger"}>
          {user.disabled ? t("enable", { name: user.name }) : t("disable", { name: user.name })}
        </SubmitButton>
      </form>
      <form action={signOutUserEverywhereAction}>
        <input type="hidden" name="userId" value={user.id} />
        <SubmitButton variant="secondary">{t("signOutEverywhere", { name: user.name })}</SubmitButton>
      </form>
    </div>
  );
}

export default async function UsersPage() {
  const ctx = await getCtx();
  const read = await readForPage(listUsers(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} />;
  const users = read.data;
  const t = await getTranslations("users");
  const roles = await getTranslations("roles");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      <DataTable
        caption={t("title")}
        rows={users}
        rowKey={(user) => user.id}
        columns={[
          { header: t("name"), cell: (user) => user.name, rowHeader: true, className: "font-semibold" },
          { header: t("email"), cell: (user) => user.email },
          { header: t("role"), cell: (user) => roles(user.role) },
          { header: t("unit"), cell: (user) => (ctx.locale === "en" ? user.unitNameEn : user.unitNameZh) ?? "—" },
          { header: t("state"), cell: (user) => (user.disabled ? t("disabled") : user.locked ? t("locked") : t("active")) },
          { header: t("actions"), cell: (user) => (user.id === ctx.actor?.userId ? null : <UserActions user={user} />) },
        ]}
      />
    </>
  );
}
