import { getLocale, getTranslations } from "next-intl/server";

import type { UnitPage } from "@/domain/directory/unit-page";
import { inBrackets } from "@/lib/i18n/brackets";

import { personName, placeName, titleOf } from "./names";
import { PhoneLink } from "./phone-link";

/**
 * A station's villages and communities, grouped by responsible officer, with a
 * search box (a GET form on the same page) for stations with hundreds of them.
 */
export async function UnitAreas({ unit }: { unit: UnitPage }) {
  const locale = await getLocale();
  const t = await getTranslations("units");
  const o = await getTranslations("officers");
  const shown = unit.areaGroups.reduce((n, g) => n + g.areas.length, 0);
  const separator = locale === "en" ? ", " : "、";
  return (
    <section aria-labelledby="areas-title" className="mt-6">
      <h2 id="areas-title" className="mb-2 text-xl font-bold">
        {t("areasTitle", { count: unit.areaTotal })}
      </h2>
      <form method="get" action={`/units/${unit.slug}`} role="search" aria-label={t("areasSearch")} className="mb-4">
        <p className="mb-1">{t("areasIntro")}</p>
        <label htmlFor="area-q" className="sr-only">
          {t("areasSearch")}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="area-q"
            name="q"
            type="search"
            defaultValue={unit.q}
            maxLength={50}
            className="min-w-0 flex-1 basis-48 rounded border-2 border-slate-700 px-3 py-2 text-base"
          />
          <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
            {t("areasButton")}
          </button>
        </div>
      </form>
      {unit.q && shown === 0 && <p>{t("areasNone", { q: unit.q })}</p>}
      {unit.q && shown > 0 && <p className="mb-2 text-sm text-slate-700">{t("showing", { shown, total: unit.areaTotal })}</p>}
      <ul className="grid gap-3">
        {unit.areaGroups.map((group) => (
          <li key={group.officer?.badgeNumber ?? "none"} className="rounded border border-slate-300 p-3">
            {group.officer ? (
              <p className="font-semibold">
                <a href={`/officers/${group.officer.badgeNumber}`}>{personName(group.officer, locale)}</a>{" "}
                <span className="font-normal">{inBrackets(titleOf(group.officer, locale), locale)}</span>{" "}
                <PhoneLink phone={group.officer.phone} label={o("mobile")} />
              </p>
            ) : (
              <p className="font-semibold">
                {t("noOfficer")} <PhoneLink phone={unit.dutyPhone} label={t("dutyPhone")} />
              </p>
            )}
            <p>{group.areas.map((a) => placeName(a, locale)).join(separator)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
