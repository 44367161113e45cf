import { getLocale, getTranslations } from "next-intl/server";

import { NextVisit } from "@/components/neighbourhood/next-visit";
import type { AreaMatch } from "@/domain/directory/search";

import { personName, placeName, titleOf } from "./names";
import { PhoneLink } from "./phone-link";

/** Answers the resident's real question: who is the officer for my village, and how do I call them? */
export async function AreaAnswer({ area }: { area: AreaMatch }) {
  const locale = await getLocale();
  const t = await getTranslations("officers");
  const place = placeName(area, locale);
  const station = placeName(area.unit, locale);
  return (
    <article className="rounded border-2 border-emerald-800 bg-emerald-50 p-3">
      <h4 className="font-bold">{place}</h4>
      {area.officer ? (
        <>
          <p>
            {t.rich("areaAnswer", {
              place,
              officer: personName(area.officer, locale),
              title: titleOf(area.officer, locale),
              station,
              link: (chunks) => <a href={`/officers/${area.officer!.badgeNumber}`}>{chunks}</a>,
              unit: (chunks) => <a href={`/units/${area.unit.slug}`}>{chunks}</a>,
            })}
          </p>
          <p className="flex flex-wrap gap-x-4">
            <PhoneLink phone={area.officer.phone} label={t("mobile")} />
            <PhoneLink phone={area.officer.officePhone} label={t("office")} />
          </p>
        </>
      ) : (
        <p>{t.rich("areaNoOfficer", { place, station, unit: (chunks) => <a href={`/units/${area.unit.slug}`}>{chunks}</a> })}</p>
      )}
      <NextVisit areaId={area.id} areaName={place} />
    </article>
  );
}
