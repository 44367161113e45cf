import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { placeName } from "@/components/officers/names";
import type { Locale } from "@/domain/context";
import { getOrganisation, type OrganisationUnit } from "@/domain/transparency/organisation";
import { getCtx } from "@/lib/auth/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transparency"))("sections.organisation.title") };
}

async function UnitTree({ units, locale, level }: { units: OrganisationUnit[]; locale: Locale; level: number }) {
  const t = await getTranslations("transparency");
  return (
    <ul className={level === 0 ? "space-y-4" : "mt-3 space-y-3 border-l-2 border-slate-300 pl-4"}>
      {units.map((u) => {
        const functions = locale === "en" ? u.functionsEn || u.functionsZh : u.functionsZh || u.functionsEn;
        return (
          <li key={u.slug}>
            <p className="font-semibold">
              <a href={`/units/${u.slug}`}>{placeName(u, locale)}</a>
            </p>
            {functions && (
              <p className="max-w-3xl">
                <span className="sr-only">{t("functions")}: </span>
                {functions}
              </p>
            )}
            {u.children.length > 0 && <UnitTree units={u.children} locale={locale} level={level + 1} />}
          </li>
        );
      })}
    </ul>
  );
}

export default async function OrganisationPage() {
  const ctx = await getCtx();
  const [t, nav, units] = await Promise.all([getTranslations("transparency"), getTranslations("nav"), getOrganisation(ctx)]);
  return (
    <>
      <p className="mb-2">
        <a href="/transparency">{nav("transparency")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("sections.organisation.title")}</h1>
      <p className="mb-4 max-w-3xl">{t("sections.organisation.line")}</p>
      <UnitTree units={units} locale={ctx.locale} level={0} />
    </>
  );
}
