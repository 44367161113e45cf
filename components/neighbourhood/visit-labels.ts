import { getTranslations } from "next-intl/server";

/** The visit form's fields by name, as its error summary lists them. */
export async function visitLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("staffNeighbourhood");
  return {
    areaId: t("area"),
    place: t("place"),
    placeEn: t("placeEn"),
    purpose: t("purpose"),
    purposeEn: t("purposeEn"),
    day: t("day"),
    startTime: t("startTime"),
    endTime: t("endTime"),
    officerIds: t("officers"),
    householdsVisited: t("householdsVisited"),
    summary: t("summary"),
    summaryEn: t("summaryEn"),
  };
}
