import type { Locale } from "@/domain/context";
import type { PublicVisit } from "@/domain/neighbourhood/queries";
import { dateTimeFormat } from "@/lib/core/intl-formats";

import { inLocale } from "./localised";

/** "12 Dec 2026, 09:30–11:00" / "2026年12月12日 09:30–11:00", in Beijing time. */
export function visitWhen(visit: PublicVisit, locale: Locale): string {
  const day = dateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(visit.startsAt);
  const time = dateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Shanghai" });
  return `${day}${locale === "en" ? ", " : " "}${time.format(visit.startsAt)}–${time.format(visit.endsAt)}`;
}

export function visitWhere(visit: PublicVisit, locale: Locale): string {
  const area = visit.area ? (locale === "en" ? visit.area.nameEn : visit.area.nameZh) : "";
  return [area, inLocale(visit.place, visit.placeEn, locale).text].filter(Boolean).join(locale === "en" ? ", " : "，");
}
