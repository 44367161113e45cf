import { getLocale, getTranslations } from "next-intl/server";

import { personName } from "@/components/officers/names";
import type { Locale } from "@/domain/context";
import type { PublicVisit } from "@/domain/neighbourhood/queries";

import { visitWhen, visitWhere } from "./format";
import { anyFallback, Localised } from "./localised";

/** A visit or meeting: when, where, who and what for; afterwards its public summary; a calendar file. */
export async function VisitItem({ visit, past = false }: { visit: PublicVisit; past?: boolean }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("neighbourhood");
  return (
    <li id={`visit-${visit.id}`} className="mb-3 border-l-4 border-emerald-800 pl-3">
      <p className="font-semibold">{visitWhen(visit, locale)}</p>
      <p>{t("where", { place: visitWhere(visit, locale) })}</p>
      {anyFallback(
        [
          [visit.place, visit.placeEn],
          [visit.purpose, visit.purposeEn],
          ...(past ? [[visit.summary, visit.summaryEn] as [string, string]] : []),
        ],
        locale,
      ) && <p className="text-sm italic">{t("otherLanguage")}</p>}
      <p>
        <Localised zh={visit.purpose} en={visit.purposeEn} locale={locale} />
      </p>
      {visit.officers.length > 0 && (
        <p>
          {t("officers")}:{" "}
          {visit.officers.map((o, i) => (
            <span key={o.badgeNumber}>
              {i > 0 && (locale === "en" ? ", " : "、")}
              <a href={`/officers/${o.badgeNumber}`}>{personName(o, locale)}</a>
            </span>
          ))}
        </p>
      )}
      {past && (visit.summary || visit.summaryEn || visit.householdsVisited !== null) && (
        <p className="mt-1 bg-slate-100 p-2">
          {visit.householdsVisited !== null && <>{t("households", { count: visit.householdsVisited })} </>}
          <Localised zh={visit.summary} en={visit.summaryEn} locale={locale} />
        </p>
      )}
      {!past && (
        <p>
          <a href={`/neighbourhood/visits/${visit.id}/ics`} download>
            {t("addToCalendar")}
          </a>
        </p>
      )}
    </li>
  );
}
