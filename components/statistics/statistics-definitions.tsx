import { getTranslations } from "next-intl/server";

const terms = ["requests", "onTime", "satisfaction", "rated", "firstResponse", "answer", "reopened", "evaluation", "small"] as const;

/** The figures' definitions in plain words. */
export async function StatisticsDefinitions() {
  const t = await getTranslations("statistics.definitions");
  return (
    <section aria-labelledby="definitions-title" className="mt-6 max-w-3xl">
      <h2 id="definitions-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {terms.map((term) => (
          <li key={term}>{t(term)}</li>
        ))}
      </ul>
    </section>
  );
}
