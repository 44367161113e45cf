import { getFormatter, getTranslations } from "next-intl/server";

import { SubmitButton } from "@/components/ui/submit-button";
import type { ApiKeyRow } from "@/domain/open311/api-keys";

type Props = { keys: ApiKeyRow[]; revokeAction: (formData: FormData) => Promise<void> };

/** The keys with their use, each live one with its own revoke form (no JavaScript needed). */
export async function ApiKeyTable({ keys, revokeAction }: Props) {
  const t = await getTranslations("apiKeys");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  if (keys.length === 0) return <p className="mb-4">{t("empty")}</p>;
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("listTitle")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            {(["name", "prefix", "createdAt", "uses", "lastUsed", "state"] as const).map((column) => (
              <th key={column} scope="col" className="p-2">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className={`border-b border-slate-300 align-top ${key.revokedAt ? "text-slate-600" : ""}`}>
              <th scope="row" className="p-2 font-semibold">
                {key.name}
              </th>
              <td className="p-2 font-mono">{key.prefix}…</td>
              <td className="whitespace-nowrap p-2">{when(key.createdAt)}</td>
              <td className="p-2">{format.number(key.useCount)}</td>
              <td className="whitespace-nowrap p-2">{key.lastUsedAt ? when(key.lastUsedAt) : t("never")}</td>
              <td className="p-2">
                {key.revokedAt ? (
                  t("revoked", { date: when(key.revokedAt) })
                ) : (
                  <div className="flex flex-wrap items-center gap-2">
                    <span>{t("live")}</span>
                    <form action={revokeAction}>
                      <input type="hidden" name="id" value={key.id} />
                      <SubmitButton variant="danger">
                        {t("revoke")}
                        <span className="sr-only"> {key.name}</span>
                      </SubmitButton>
                    </form>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
