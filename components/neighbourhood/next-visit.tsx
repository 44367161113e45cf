import { getLocale, getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import { nextVisitsByArea } from "@/domain/neighbourhood/queries";
import { getCtx } from "@/lib/auth/context";

import { visitWhen } from "./format";
import { inLocale } from "./localised";

/** "Next visit to 王庄村: 12 Dec, 09:30–11:00, village committee", under a village's answer in the officer search. */
export async function NextVisit({ areaId, areaName }: { areaId: number; areaName: string }) {
  const visit = (await nextVisitsByArea(await getCtx(), [areaId])).get(areaId);
  if (!visit) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("neighbourhood");
  return (
    <p className="mt-1">
      {t.rich("nextVisit", {
        place: areaName,
        when: visitWhen(visit, locale),
        where: inLocale(visit.place, visit.placeEn, locale).text,
        link: (chunks) => <a href={`/neighbourhood#visit-${visit.id}`}>{chunks}</a>,
      })}
    </p>
  );
}
