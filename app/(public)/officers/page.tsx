import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { NonEmergencyNotice } from "@/components/officers/non-emergency-notice";
import { OfficerSummary } from "@/components/officers/officer-summary";
import { OfficerSearchForm } from "@/components/officers/search-form";
import { SearchResults } from "@/components/officers/search-results";
import { listLeadership, listUnits } from "@/domain/directory/public-queries";
import { searchDirectory } from "@/domain/directory/search";
import { getCtx } from "@/lib/auth/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officers"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function OfficersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const ctx = await getCtx();
  const t = await getTranslations("officers");
  const input = { q: first(params.q) ?? "", unit: first(params.unit) || undefined, show: first(params.show), page: first(params.page) };
  const [result, units] = await Promise.all([searchDirectory(ctx, input), listUnits(ctx)]);
  const searching = Boolean(result.q || result.unit);
  const leadership = searching ? [] : await listLeadership(ctx);

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <NonEmergencyNotice />
      <OfficerSearchForm q={result.q} unit={result.unit?.slug} units={units} />
      {searching ? (
        <SearchResults result={result} />
      ) : (
        <>
          <section aria-labelledby="leadership-title" className="mt-6">
            <h2 id="leadership-title" className="mb-3 text-xl font-bold">
              {t("leadership")}
            </h2>
            <div className="grid gap-3 sm:grid-cols-2">
              {leadership.map((o) => (
                <OfficerSummary key={o.badgeNumber} officer={o} />
              ))}
            </div>
          </section>
          <p className="mt-6">
            <a href="/units">{t("browseUnits")}</a> · <a href="/officers.csv">{t("downloadCsv")}</a>
          </p>
        </>
      )}
    </>
  );
}
