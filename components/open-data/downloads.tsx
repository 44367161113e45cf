import { getFormatter, getTranslations } from "next-intl/server";

/** The dataset's two files and (unless on it) its dictionary, each link named with the dataset for screen readers. */
export async function DatasetLinks({ id, title, dictionary = true }: { id: string; title: string; dictionary?: boolean }) {
  const t = await getTranslations("openData");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1">
      {(["csv", "json"] as const).map((format) => (
        <li key={format}>
          <a href={`/open-data/${id}.${format}`} type={format === "csv" ? "text/csv" : "application/json"}>
            {t("download")} {format.toUpperCase()}
            <span className="sr-only">: {title}</span>
          </a>
        </li>
      ))}
      {dictionary && (
        <li>
          <a href={`/open-data/dictionary/${id}`}>
            {t("dictionary")}
            <span className="sr-only">: {title}</span>
          </a>
        </li>
      )}
    </ul>
  );
}

/** "Updated …" in the bureau's time zone, or "not updated yet". */
export async function UpdatedAt({ at }: { at: Date | null }) {
  const t = await getTranslations("openData");
  if (!at) return <p className="text-sm text-slate-700">{t("notUpdated")}</p>;
  const format = await getFormatter();
  return (
    <p className="text-sm text-slate-700">
      {t("updated", { time: format.dateTime(at, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }) })}
    </p>
  );
}
