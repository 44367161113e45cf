import { getTranslations } from "next-intl/server";

import { ScoresOnRecord } from "@/components/evaluations/scores-on-record";
import { getUnitNeighbourhood } from "@/domain/neighbourhood/queries";
import { getCtx } from "@/lib/auth/context";

import { StationSection } from "./station-section";

/** What a unit page shows of this area: its neighbourhood priorities and visits (stations), and residents' ratings. */
export async function UnitNeighbourhoodAndRatings({ slug, kind }: { slug: string; kind: string }) {
  const t = await getTranslations("neighbourhood");
  const station = kind === "station" ? await getUnitNeighbourhood(await getCtx(), slug) : null;
  return (
    <>
      {station && (
        <section aria-labelledby="neighbourhood-title" className="mt-6">
          <h2 id="neighbourhood-title" className="mb-2 text-xl font-bold">
            {t("title")}
          </h2>
          <StationSection station={station} headingLevel={3} showEmpty />
        </section>
      )}
      <ScoresOnRecord target={`unit:${slug}`} />
    </>
  );
}
