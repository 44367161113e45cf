import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { OfficerSummary } from "@/components/officers/officer-summary";
import { OfficerSearchForm } from "@/components/officers/search-form";
import { ServiceHallSection } from "@/components/services/service-hall-section";
import { LatestArticles } from "@/components/transparency/latest-articles";
import { EmergencyNotice } from "@/components/ui/emergency-notice";
import { listLeadership } from "@/domain/directory/public-queries";
import { getSiteInfo } from "@/domain/site/queries";
import { getCtx } from "@/lib/auth/context";

// The bureau's name, then the site's (the layout's title template adds it).
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSiteInfo((await getCtx()).locale)).bureauName };
}

export default async function HomePage() {
  const ctx = await getCtx();
  const [site, leadership] = await Promise.all([getSiteInfo(ctx.locale), listLeadership(ctx)]);
  const t = await getTranslations("home");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{site.bureauName}</h1>
      <p className="mb-4 max-w-2xl text-lg">{t("intro")}</p>
      <EmergencyNotice />
      <ServiceHallSection ctx={ctx} />
      <section aria-labelledby="find-title" className="mt-6">
        <h2 id="find-title" className="text-xl font-bold">
          {t("findOfficerTitle")}
        </h2>
        <OfficerSearchForm compact />
        <p className="mt-2">
          <a href="/desk" className="font-semibold">
            {t("askOfficer")}
          </a>
        </p>
      </section>
      <LatestArticles />
      {leadership.length > 0 && (
        <section aria-labelledby="leadership-title" className="mt-6">
          <h2 id="leadership-title" className="mb-3 text-xl font-bold">
            {t("leadershipTitle")}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            {leadership.slice(0, 2).map((o) => (
              <OfficerSummary key={o.badgeNumber} officer={o} />
            ))}
          </div>
          <p className="mt-3">
            <a href="/officers">{t("allOfficers")}</a>
          </p>
        </section>
      )}
      {!ctx.actor && (
        <section aria-labelledby="account-title" className="mt-6">
          <h2 id="account-title" className="mb-2 text-xl font-bold">
            {t("accountTitle")}
          </h2>
          <p className="mb-2">{t("accountBody")}</p>
          <p className="flex flex-wrap gap-4">
            <a href="/sign-in">{t("signIn")}</a>
            <a href="/sign-up">{t("signUp")}</a>
          </p>
        </section>
      )}
    </>
  );
}
