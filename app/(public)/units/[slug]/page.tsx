import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { UnitNeighbourhoodAndRatings } from "@/components/neighbourhood/unit-extras";
import { placeName } from "@/components/officers/names";
import { NonEmergencyNotice } from "@/components/officers/non-emergency-notice";
import { OfficerSummary } from "@/components/officers/officer-summary";
import { PhoneLink } from "@/components/officers/phone-link";
import { UnitAreas } from "@/components/officers/unit-areas";
import { ResponsivenessRecord } from "@/components/statistics/responsiveness-record";
import { PageProblem } from "@/components/ui/page-problem";
import { getUnitPage } from "@/domain/directory/unit-page";
import { unitRecord } from "@/domain/statistics/records";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ q?: string | string[] }> };

async function load({ params, searchParams }: Props) {
  const ctx = await getCtx();
  const { q } = await searchParams;
  return { ctx, read: await readForPage(getUnitPage(ctx, { slug: (await params).slug, q: Array.isArray(q) ? q[0] : q })) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ctx, read } = await load(props);
  return { title: read.ok ? placeName(read.data, ctx.locale) : (await getTranslations("notFound"))("title") };
}

export default async function UnitPage(props: Props) {
  const { ctx, read } = await load(props);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const unit = read.data;
  const record = await unitRecord(ctx, unit.slug);
  const t = await getTranslations("units");
  const en = ctx.locale === "en";
  return (
    <>
      <p className="mb-2">
        <a href="/units">{t("title")}</a>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{placeName(unit, ctx.locale)}</h1>
      {unit.parent && (
        <p className="mb-3">
          {t.rich("partOf", {
            unit: placeName(unit.parent, ctx.locale),
            link: (c) => <a href={`/units/${unit.parent!.slug}`}>{c}</a>,
          })}
        </p>
      )}
      <dl className="mb-3 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {(en ? unit.addressEn : unit.addressZh) && (
          <>
            <dt className="font-semibold">{t("address")}</dt>
            <dd>{en ? unit.addressEn : unit.addressZh}</dd>
          </>
        )}
        {(en ? unit.hoursEn : unit.hoursZh) && (
          <>
            <dt className="font-semibold">{t("hours")}</dt>
            <dd>{en ? unit.hoursEn : unit.hoursZh}</dd>
          </>
        )}
        {unit.dutyPhone && (
          <>
            <dt className="font-semibold">{t("dutyPhone")}</dt>
            <dd>
              <PhoneLink phone={unit.dutyPhone} />
            </dd>
          </>
        )}
      </dl>
      <NonEmergencyNotice />
      {unit.children.length > 0 && (
        <section aria-labelledby="children-title" className="mt-6">
          <h2 id="children-title" className="mb-2 text-xl font-bold">
            {unit.kind === "station" ? t("workStations") : t("kinds.office")}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {unit.children.map((c) => (
              <li key={c.slug}>
                <a href={`/units/${c.slug}`}>{placeName(c, ctx.locale)}</a> <PhoneLink phone={c.dutyPhone} label={t("dutyPhone")} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {unit.officers.length > 0 && (
        <section aria-labelledby="officers-title" className="mt-6">
          <h2 id="officers-title" className="mb-2 text-xl font-bold">
            {t("officers", { count: unit.officers.length })}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            {unit.officers.map((o) => (
              <OfficerSummary key={o.badgeNumber} officer={o} />
            ))}
          </div>
        </section>
      )}
      {unit.areaTotal > 0 && <UnitAreas unit={unit} />}
      <UnitNeighbourhoodAndRatings slug={unit.slug} kind={unit.kind} />
      <ResponsivenessRecord figures={record} statisticsHref={`/transparency/statistics?unit=${unit.slug}`} />
    </>
  );
}
