import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import type { OfficerCard } from "@/domain/directory/cards";

import { personName, placeName, titleOf } from "./names";
import { PhoneLink } from "./phone-link";

/** One officer in a list: name, title, unit and both phones. */
export async function OfficerSummary({ officer, headingLevel = 3 }: { officer: OfficerCard; headingLevel?: 2 | 3 | 4 }) {
  const locale = await getLocale();
  const t = await getTranslations("officers");
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="rounded border border-slate-300 p-3">
      <Heading className="text-lg font-bold">
        <Link href={`/officers/${officer.badgeNumber}`}>{personName(officer, locale)}</Link>
        {locale === "en" && (
          <span lang="zh-CN" className="ml-2 text-base font-normal text-slate-700">
            {officer.nameZh}
          </span>
        )}
      </Heading>
      <p>
        {titleOf(officer, locale)} · <Link href={`/units/${officer.unit.slug}`}>{placeName(officer.unit, locale)}</Link>
      </p>
      <p className="flex flex-wrap gap-x-4">
        <PhoneLink phone={officer.phone} label={t("mobile")} />
        <PhoneLink phone={officer.officePhone} label={t("office")} />
      </p>
    </article>
  );
}
