import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { recordLabels } from "@/components/staff/record-labels";
import { DataTable } from "@/components/ui/data-table";
import { PageProblem } from "@/components/ui/page-problem";
import { listAuditEntries } from "@/domain/accounts/queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { dateTimeFormat } from "@/lib/core/intl-formats";
import { roles, type Role } from "@/lib/core/values";
import { readForPage } from "@/lib/errors";
import { inBrackets } from "@/lib/i18n/brackets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Entry = Awaited<ReturnType<typeof listAuditEntries>>[number];

const isRole = (value: string | null): value is Role => (roles as readonly (string | null)[]).includes(value);

export default async function AuditPage() {
  const ctx = await getCtx();
  const read = await readForPage(listAuditEntries(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const entries = read.data;
  const t = await getTranslations("audit");
  const roleName = await getTranslations("roles");
  const labels = await recordLabels();
  const mayOpenAccounts = can(ctx, "user.list");
  const time = dateTimeFormat(ctx.locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" });
  // Who did it: their name, linked to their staff account where the reader may open it, and their role then.
  const actor = (e: Entry) => {
    if (e.actorId === null) return t("system");
    // "Name (moderator)", "姓名（值班管理员）": Chinese sets its brackets without a space.
    const role = isRole(e.actorRole) ? `${ctx.locale === "en" ? " " : ""}${inBrackets(roleName(e.actorRole), ctx.locale)}` : "";
    if (e.actorName === null) return `${t("removedAccount", { id: e.actorId })}${role}`;
    const staff = e.actorRole !== null && e.actorRole !== "resident";
    return (
      <>
        {staff && mayOpenAccounts ? (
          <Link prefetch={false} href={`/staff/users/${e.actorId}`}>
            {e.actorName}
          </Link>
        ) : (
          e.actorName
        )}
        {role}
      </>
    );
  };
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          rows={entries}
          rowKey={(e) => e.id}
          columns={[
            { header: t("at"), cell: (e) => time.format(e.at), className: "whitespace-nowrap" },
            { header: t("actor"), cell: actor },
            { header: t("action"), cell: (e) => labels.action(e.action), rowHeader: true },
            { header: t("entity"), cell: (e) => labels.entity(e.entity, e.entityId) },
            { header: t("ip"), cell: (e) => e.ip ?? "—" },
          ]}
        />
      )}
    </>
  );
}
