import { useLocale, useTranslations } from "next-intl";

import type { Locale } from "@/domain/context";
import type { OfficerCard } from "@/domain/directory/cards";

import { personName, placeName, titleOf } from "./names";
import { PhoneLink } from "./phone-link";

/** One officer in a list: name, title, unit and both phones. */
export function OfficerSummary({ officer, headingLevel = 3 }: { officer: OfficerCard; headingLevel?: 2 | 3 | 4 }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("officers");
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="rounded border border-slate-300 p-3">
      <Heading className="text-lg font-bold">
        <a href={`/officers/${officer.badgeNumber}`}>{personName(officer, locale)}</a>
        {locale === "en" && (
          <span lang="zh-CN" className="ml-2 text-base font-normal text-slate-700">
            {officer.nameZh}
          </span>
        )}
      </Heading>
      <p>
        {titleOf(officer, locale)} · <a href={`/units/${officer.unit.slug}`}>{placeName(officer.unit, locale)}</a>
      </p>
      <p className="flex flex-wrap gap-x-4">
        <PhoneLink phone={officer.phone} label={t("mobile")} />
        <PhoneLink phone={officer.officePhone} label={t("office")} />
      </p>
    </article>
  );
}
