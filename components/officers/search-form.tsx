import { getLocale, getTranslations } from "next-intl/server";

import type { UnitListItem } from "@/domain/directory/public-queries";

import { placeName } from "./names";

type Props = { q?: string; unit?: string; units?: UnitListItem[]; compact?: boolean };

/** A plain GET form: results are rendered on the server, so it works without JavaScript. */
export async function OfficerSearchForm({ q = "", unit = "", units, compact = false }: Props) {
  const t = await getTranslations("officers");
  const locale = await getLocale();
  return (
    <form method="get" action="/officers" role="search" aria-label={t("searchLabel")} className="my-4">
      <label htmlFor="officer-q" className={compact ? "sr-only" : "mb-1 block font-semibold"}>
        {t("searchLabel")}
      </label>
      <p id="officer-q-hint" className="mb-2 text-sm text-slate-700">
        {t("searchHint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id="officer-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={50}
          aria-describedby="officer-q-hint"
          className="min-w-0 flex-1 basis-56 rounded border-2 border-slate-700 px-3 py-2 text-base"
        />
        {!compact && units && (
          <>
            <label htmlFor="officer-unit" className="sr-only">
              {t("unitFilter")}
            </label>
            <select
              id="officer-unit"
              name="unit"
              defaultValue={unit}
              className="min-w-0 basis-56 rounded border-2 border-slate-700 px-2 py-2 text-base"
            >
              <option value="">{t("allUnits")}</option>
              {units
                .filter((u) => u.kind !== "work_station")
                .map((u) => (
                  <option key={u.slug} value={u.slug}>
                    {placeName(u, locale)}
                  </option>
                ))}
            </select>
          </>
        )}
        <button
          type="submit"
          className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0f172a] hover:bg-emerald-900"
        >
          {t("searchButton")}
        </button>
      </div>
    </form>
  );
}
