import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listAuditEntries } from "@/domain/accounts/queries";
import { PageProblem } from "@/components/ui/page-problem";
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
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-700">
                <th scope="col" className="p-2">{t("at")}</th>
                <th scope="col" className="p-2">{t("actor")}</th>
                <th scope="col" className="p-2">{t("action")}</th>
                <th scope="col" className="p-2">{t("entity")}</th>
                <th scope="col" className="p-2">{t("ip")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-slate-300">
                  <td className="p-2 whitespace-nowrap">{time.format(e.at)}</td>
                  <td className="p-2">{e.actorId ? `#${e.actorId} (${e.actorRole})` : "—"}</td>
                  <td className="p-2 font-mono">{e.action}</td>
                  <td className="p-2">{e.entity}{e.entityId ? ` #${e.entityId}` : ""}</td>
                  <td className="p-2">{e.ip ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
