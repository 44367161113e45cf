import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { StationSection } from "@/components/neighbourhood/station-section";
import { placeName } from "@/components/officers/names";
import { listNeighbourhood } from "@/domain/neighbourhood/queries";
import { getCtx } from "@/lib/auth/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("neighbourhood"))("title") };
}

/** Each station's priorities and its visits and meetings, upcoming first, with calendar files. */
export default async function NeighbourhoodPage() {
  const ctx = await getCtx();
  const t = await getTranslations("neighbourhood");
  const stations = await listNeighbourhood(ctx);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      {stations.length === 0 && <p>{t("nothingYet")}</p>}
      {stations.map((station) => (
        <section key={station.slug} aria-labelledby={`station-${station.slug}`} className="mb-8">
          <h2 id={`station-${station.slug}`} className="text-xl font-bold">
            <a href={`/units/${station.slug}`}>{placeName(station, ctx.locale)}</a>
          </h2>
          <StationSection station={station} headingLevel={3} />
        </section>
      ))}
    </>
  );
}
