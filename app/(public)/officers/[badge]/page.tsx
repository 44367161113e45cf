import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ScoresOnRecord } from "@/components/evaluations/scores-on-record";
import { personName, placeName, titleOf } from "@/components/officers/names";
import { NonEmergencyNotice } from "@/components/officers/non-emergency-notice";
import { PhoneLink } from "@/components/officers/phone-link";
import { ResponsivenessRecord } from "@/components/statistics/responsiveness-record";
import { PageProblem } from "@/components/ui/page-problem";
import { getOfficerProfile } from "@/domain/directory/public-queries";
import { officerRecord } from "@/domain/statistics/records";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type Params = Promise<{ badge: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const ctx = await getCtx();
  const read = await readForPage(getOfficerProfile(ctx, (await params).badge));
  return { title: read.ok ? personName(read.data, ctx.locale) : (await getTranslations("notFound"))("title") };
}

export default async function OfficerPage({ params }: { params: Params }) {
  const ctx = await getCtx();
  const read = await readForPage(getOfficerProfile(ctx, (await params).badge));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const officer = read.data;
  const record = await officerRecord(ctx, officer.badgeNumber);
  const t = await getTranslations("officers");
  const locale = ctx.locale;
  const villages = officer.areas.filter((a) => a.kind === "village");
  const communities = officer.areas.filter((a) => a.kind === "community");
  return (
    <>
      <p className="mb-2">
        <a href="/officers">{t("title")}</a>
      </p>
      <h1 className="text-2xl font-bold">
        {personName(officer, locale)}
        {locale === "en" && (
          <span lang="zh-CN" className="ml-2 text-xl font-normal text-slate-700">
            {officer.nameZh}
          </span>
        )}
      </h1>
      <p className="mb-3 text-lg">
        {titleOf(officer, locale)} · <a href={`/units/${officer.unit.slug}`}>{placeName(officer.unit, locale)}</a>
      </p>
      <dl className="mb-3 grid max-w-md grid-cols-[auto_1fr] items-center gap-x-4">
        <dt>{t("badge")}</dt>
        <dd className="tabular-nums">{officer.badgeNumber}</dd>
        {officer.phone && (
          <>
            <dt>{t("mobile")}</dt>
            <dd>
              <PhoneLink phone={officer.phone} />
            </dd>
          </>
        )}
        {officer.officePhone && (
          <>
            <dt>{t("office")}</dt>
            <dd>
              <PhoneLink phone={officer.officePhone} />
            </dd>
          </>
        )}
      </dl>
      <p className="mb-3">
        <a href={`/officers/${officer.badgeNumber}/vcard`} download>
          {t("saveContact")}
        </a>
      </p>
      <NonEmergencyNotice />
      {officer.areas.length > 0 && (
        <section aria-labelledby="areas-title" className="mt-6">
          <h2 id="areas-title" className="mb-2 text-xl font-bold">
            {t("responsibleFor", { count: officer.areas.length })}
          </h2>
          {[communities, villages]
            .filter((list) => list.length > 0)
            .map((list) => (
              <p key={list[0]!.kind} className="mb-2">
                <span className="font-semibold">{t(`areaKinds.${list[0]!.kind}`)}: </span>
                {list.map((a) => placeName(a, locale)).join(locale === "en" ? ", " : "、")}
              </p>
            ))}
        </section>
      )}
      <ScoresOnRecord target={`officer:${officer.badgeNumber}`} />
      <ResponsivenessRecord figures={record} />
    </>
  );
}
