import { getTranslations } from "next-intl/server";

import { groupUnits, type UnitChoiceGroup } from "@/components/ui/unit-options";
import type { Locale } from "@/domain/context";

import { placeName } from "./names";

type Unit = { id?: number; slug: string; kind: string; parentSlug: string | null; nameZh: string; nameEn: string };

/** Units grouped for a <select>, named in the page's language; the value is the slug, or the id where a form posts ids. */
export async function unitChoices(units: readonly Unit[], locale: Locale, value: "slug" | "id" = "slug"): Promise<UnitChoiceGroup[]> {
  const t = await getTranslations("units.groups");
  return groupUnits(
    units.map((u) => ({ ...u, name: placeName(u, locale), value: value === "id" ? String(u.id) : u.slug })),
    {
      leadership: t("leadership"),
      brigades: t("brigades"),
      stations: t("stations"),
      workStationsOf: (station) => t("workStationsOf", { station }),
    },
  );
}
