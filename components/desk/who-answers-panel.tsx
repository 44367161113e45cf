import { getLocale, getTranslations } from "next-intl/server";

import { personName, placeName, titleOf } from "@/components/officers/names";
import { PhoneLink } from "@/components/officers/phone-link";
import type { WhoAnswers } from "@/domain/desk/who-answers";

/** "Who will answer": the officer for the place, their station and phone, and how long answers usually take. */
export async function WhoAnswersPanel({ who }: { who: WhoAnswers }) {
  const locale = await getLocale();
  const t = await getTranslations("desk");
  const place = placeName(who.place, locale);
  const station = placeName(who.station, locale);
  const typical =
    who.typicalHours === null
      ? t("typicalNew")
      : who.typicalHours < 48
        ? t("typicalHours", { hours: who.typicalHours })
        : t("typicalDays", { days: Math.round(who.typicalHours / 24) });
  return (
    <section aria-labelledby="who-title" className="mb-6 rounded border-2 border-emerald-800 bg-emerald-50 p-4">
      <h2 id="who-title" className="mb-3 text-xl font-bold">
        {t("whoTitle")}
      </h2>
      <p className="mb-3">{t("whoFor", { place })}</p>
      {who.officer ? (
        <div className="flex flex-wrap items-start gap-4">
          {/* A placeholder until the bureau publishes photos: the officer's initial, not an image of anyone. */}
          <div
            aria-hidden="true"
            className="flex h-20 w-20 shrink-0 items-center justify-center rounded-full bg-emerald-800 text-3xl font-bold text-white"
          >
            {personName(who.officer, locale).slice(0, 1)}
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-slate-700">{t("officerName")}</dt>
            <dd className="font-semibold">
              <a href={`/officers/${who.officer.badgeNumber}`}>{personName(who.officer, locale)}</a>
            </dd>
            <dt className="text-slate-700">{t("officerTitle")}</dt>
            <dd>{titleOf(who.officer, locale)}</dd>
            <dt className="text-slate-700">{t("station")}</dt>
            <dd>
              <a href={`/units/${who.station.slug}`}>{station}</a>
            </dd>
            <dt className="text-slate-700">{t("officePhone")}</dt>
            <dd>
              <PhoneLink phone={who.officer.officePhone || who.station.dutyPhone} />
            </dd>
            <dt className="text-slate-700">{t("typical")}</dt>
            <dd>{typical}</dd>
          </dl>
        </div>
      ) : (
        <p>{t("noOfficer", { station })}</p>
      )}
      <p className="mt-3 font-semibold">{t(`routedTo.${who.routedTo}`, { station })}</p>
    </section>
  );
}
