import { getTranslations } from "next-intl/server";

import { placeName } from "@/components/officers/names";
import type { StatisticsUnit } from "@/domain/statistics/page";
import { getCtx } from "@/lib/auth/context";

/** Months and unit, as a GET form: the choice lives in the address, so it can be shared and needs no JavaScript. */
export async function StatisticsFilters({
  from,
  to,
  unitSlug,
  units,
}: {
  from: string;
  to: string;
  unitSlug: string;
  units: StatisticsUnit[];
}) {
  const t = await getTranslations("statistics.filters");
  const { locale } = await getCtx();
  const field = "block w-full rounded border border-slate-400 px-2 py-1";
  return (
    <form method="get" action="/transparency/statistics" className="mb-4 max-w-3xl rounded border border-slate-300 p-3">
      <fieldset>
        <legend className="mb-2 font-semibold">{t("title")}</legend>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="statistics-from">{t("from")}</label>
            <input id="statistics-from" type="month" name="from" defaultValue={from} className={field} />
          </div>
          <div>
            <label htmlFor="statistics-to">{t("to")}</label>
            <input id="statistics-to" type="month" name="to" defaultValue={to} className={field} />
          </div>
          <div>
            <label htmlFor="statistics-unit">{t("unit")}</label>
            <select id="statistics-unit" name="unit" defaultValue={unitSlug} className={field}>
              <option value="">{t("bureau")}</option>
              {units.map((u) => (
                <option key={u.slug} value={u.slug}>
                  {placeName(u, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="mt-3 rounded bg-emerald-800 px-4 py-2 text-white">
          {t("apply")}
        </button>
      </fieldset>
    </form>
  );
}
