import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DataTable } from "@/components/ui/data-table";
import { PageProblem } from "@/components/ui/page-problem";
import { listAuditEntries } from "@/domain/accounts/queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage() {
  const ctx = await getCtx();
  const read = await readForPage(listAuditEntries(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} />;
  const entries = read.data;
  const t = await getTranslations("audit");
  const time = new Intl.DateTimeFormat(ctx.locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Shanghai" });
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
            { header: t("actor"), cell: (e) => (e.actorId ? `#${e.actorId} (${e.actorRole})` : "—") },
            { header: t("action"), cell: (e) => e.action, rowHeader: true, className: "font-mono" },
            { header: t("entity"), cell: (e) => `${e.entity}${e.entityId ? ` #${e.entityId}` : ""}` },
            { header: t("ip"), cell: (e) => e.ip ?? "—" },
          ]}
        />
      )}
    </>
  );
}
