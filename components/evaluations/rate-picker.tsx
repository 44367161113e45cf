import { getTranslations } from "next-intl/server";

import { personName, placeName, titleOf } from "@/components/officers/names";
import { unitChoices } from "@/components/officers/unit-choices";
import { UnitOptions } from "@/components/ui/unit-options";
import type { Locale } from "@/domain/context";
import type { UnitListItem } from "@/domain/directory/public-queries";
import type { DirectorySearchResult } from "@/domain/directory/search";
import type { listServices } from "@/domain/services/catalogue";

type Props = {
  locale: Locale;
  units: UnitListItem[];
  services: Awaited<ReturnType<typeof listServices>>["categories"];
  q: string;
  found: DirectorySearchResult | null;
};

/** Choosing whom to rate with plain GET forms: a unit or a service from its list, or an officer by name or badge number. */
export async function RatePicker({ locale, units, services, q, found }: Props) {
  const groups = await unitChoices(units, locale);
  const t = await getTranslations("rate");
  const categories = await getTranslations("services.categories");
  const input =
    "w-full max-w-xl rounded border-2 border-slate-700 px-3 py-2 text-base focus:outline-none focus:ring-4 focus:ring-amber-400";
  const button = "mt-3 rounded bg-emerald-800 px-4 py-2 font-semibold text-white focus:outline-none focus:ring-4 focus:ring-amber-400";
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form method="get" action="/rate" role="search" aria-labelledby="find-officer">
        <h2 id="find-officer" className="mb-2 text-xl font-bold">
          {t("findOfficer")}
        </h2>
        <label htmlFor="q" className="mb-1 block font-semibold">
          {t("officerQuery")}
        </label>
        <input id="q" name="q" type="search" defaultValue={q} className={input} />
        <div>
          <button type="submit" className={button}>
            {t("search")}
          </button>
        </div>
        {found && (
          <ul className="mt-3">
            {found.officers.items.length === 0 && <li>{t("noOfficers")}</li>}
            {found.officers.items.map((o) => (
              <li key={o.badgeNumber} className="mb-1">
                <a href={`/rate?target=officer:${o.badgeNumber}`}>{t("rateName", { name: personName(o, locale) })}</a> —{" "}
                {titleOf(o, locale)}, {placeName(o.unit, locale)}
              </li>
            ))}
          </ul>
        )}
      </form>
      <form method="get" action="/rate" aria-labelledby="choose-unit">
        <h2 id="choose-unit" className="mb-2 text-xl font-bold">
          {t("chooseUnit")}
        </h2>
        <label htmlFor="target" className="mb-1 block font-semibold">
          {t("unit")}
        </label>
        <select id="target" name="target" className={input}>
          <UnitOptions groups={groups.map((g) => ({ ...g, units: g.units.map((u) => ({ ...u, value: `unit:${u.value}` })) }))} />
        </select>
        <div>
          <button type="submit" className={button}>
            {t("rateThisUnit")}
          </button>
        </div>
      </form>
      <form method="get" action="/rate" aria-labelledby="choose-service">
        <h2 id="choose-service" className="mb-2 text-xl font-bold">
          {t("chooseService")}
        </h2>
        <label htmlFor="service-target" className="mb-1 block font-semibold">
          {t("service")}
        </label>
        <select id="service-target" name="target" className={input}>
          {services.map((c) => (
            <optgroup key={c.category} label={categories(c.category)}>
              {c.services.map((s) => (
                <option key={s.slug} value={`service:${s.slug}`}>
                  {s.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <div>
          <button type="submit" className={button}>
            {t("rateThisService")}
          </button>
        </div>
      </form>
    </div>
  );
}
