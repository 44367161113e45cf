import { getLocale, getTranslations } from "next-intl/server";

import { Pager } from "@/components/ui/pager";
import type { DirectorySearchResult } from "@/domain/directory/search";

import { AreaAnswer } from "./area-answer";
import { placeName } from "./names";
import { OfficerSummary } from "./officer-summary";

function searchHref(result: DirectorySearchResult, show: string, page = 1) {
  const params = new URLSearchParams();
  if (result.q) params.set("q", result.q);
  if (result.unit) params.set("unit", result.unit.slug);
  if (show !== "all") params.set("show", show);
  if (page > 1) params.set("page", String(page));
  return `/officers?${params}`;
}

export async function SearchResults({ result }: { result: DirectorySearchResult }) {
  const t = await getTranslations("officers");
  const locale = await getLocale();
  const { areas, officers, units, show } = result;
  const nothing = areas.total + officers.total + units.total === 0;
  const more = (group: "areas" | "officers" | "units", total: number, shown: number) =>
    show === "all" && total > shown ? (
      <p className="mt-2">
        <a href={searchHref(result, group)}>{t(`showAll.${group}`, { count: total })}</a>
      </p>
    ) : null;

  return (
    <section aria-labelledby="results-title" className="mt-6">
      <h2 id="results-title" className="mb-3 text-xl font-bold">
        {result.q ? t("resultsFor", { q: result.q }) : t("resultsInUnit", { unit: result.unit ? placeName(result.unit, locale) : "" })}
      </h2>
      {show !== "all" && (
        <p className="mb-3">
          <a href={searchHref(result, "all")}>{t("backToAll")}</a>
        </p>
      )}
      {nothing && (
        <div className="rounded border border-slate-300 p-4">
          <p className="font-semibold">{t("nothingFound")}</p>
          <ul className="mt-2 list-disc pl-6">
            <li>{t("tryVillage")}</li>
            <li>{t("tryPinyin")}</li>
            <li>{t("tryBadge")}</li>
            <li>
              <a href="/units">{t("tryUnits")}</a>
            </li>
          </ul>
        </div>
      )}
      {areas.total > 0 && (
        <div className="mb-6">
          <h3 className="mb-2 text-lg font-bold">{t("groups.areas", { count: areas.total })}</h3>
          <div className="grid gap-3">
            {areas.items.map((a) => (
              <AreaAnswer key={a.id} area={a} />
            ))}
          </div>
          {more("areas", areas.total, areas.items.length)}
        </div>
      )}
      {officers.total > 0 && (
        <div className="mb-6">
          <h3 className="mb-2 text-lg font-bold">{t("groups.officers", { count: officers.total })}</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            {officers.items.map((o) => (
              <OfficerSummary key={o.badgeNumber} officer={o} headingLevel={4} />
            ))}
          </div>
          {more("officers", officers.total, officers.items.length)}
        </div>
      )}
      {units.total > 0 && (
        <div className="mb-6">
          <h3 className="mb-2 text-lg font-bold">{t("groups.units", { count: units.total })}</h3>
          <ul className="grid gap-2">
            {units.items.map((u) => (
              <li key={u.slug}>
                <a href={`/units/${u.slug}`}>{placeName(u, locale)}</a>
              </li>
            ))}
          </ul>
          {more("units", units.total, units.items.length)}
        </div>
      )}
      {show !== "all" && (
        <Pager
          page={result.page}
          hasNext={result.page * result.pageSize < result[show].total}
          href={(page) => searchHref(result, show, page)}
        />
      )}
    </section>
  );
}
