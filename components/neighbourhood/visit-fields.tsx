import { getTranslations } from "next-intl/server";

import { personName, placeName } from "@/components/officers/names";
import { Field } from "@/components/ui/field";
import type { Locale } from "@/domain/context";
import type { PublicVisit } from "@/domain/neighbourhood/queries";
import type { StaffNeighbourhood } from "@/domain/neighbourhood/staff-queries";

type Props = { unitId: number; choices: Pick<StaffNeighbourhood, "areas" | "officers">; locale: Locale; visit?: PublicVisit };

const beijing = (at: Date, part: "day" | "time") =>
  at.toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(part === "day" ? 0 : 11, part === "day" ? 10 : 16);

/** The fields of a visit or meeting, blank for a new one; the summary is for afterwards. */
export async function VisitFields({ unitId, choices, locale, visit }: Props) {
  const t = await getTranslations("staffNeighbourhood");
  const chosen = new Set(visit?.officers.map((o) => o.id));
  return (
    <>
      <input type="hidden" name="unitId" value={unitId} />
      {visit && <input type="hidden" name="id" value={visit.id} />}
      <div className="mb-5">
        <label htmlFor="areaId" className="mb-1 block font-semibold">
          {t("area")}
        </label>
        <select
          id="areaId"
          name="areaId"
          defaultValue={visit?.areaId ?? ""}
          className="w-full max-w-xl rounded border-2 border-slate-700 px-3 py-2"
        >
          <option value="">{t("noArea")}</option>
          {choices.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {placeName(a, locale)}
            </option>
          ))}
        </select>
      </div>
      <p className="mb-3 text-sm text-slate-700">{t("bilingualHint")}</p>
      <Field name="place" label={t("place")} hint={t("placeHint")} defaultValue={visit?.place} maxLength={120} />
      <Field name="placeEn" label={t("placeEn")} defaultValue={visit?.placeEn} maxLength={120} />
      <Field name="purpose" label={t("purpose")} defaultValue={visit?.purpose} rows={2} maxLength={500} />
      <Field name="purposeEn" label={t("purposeEn")} defaultValue={visit?.purposeEn} rows={2} maxLength={500} />
      <Field
        name="day"
        label={t("day")}
        hint={t("dateHint")}
        defaultValue={visit && beijing(visit.startsAt, "day")}
        inputMode="numeric"
        required
      />
      <Field
        name="startTime"
        label={t("startTime")}
        hint={t("timeHint")}
        defaultValue={visit && beijing(visit.startsAt, "time")}
        inputMode="numeric"
        required
      />
      <Field
        name="endTime"
        label={t("endTime")}
        hint={t("timeHint")}
        defaultValue={visit && beijing(visit.endsAt, "time")}
        inputMode="numeric"
        required
      />
      {choices.officers.length > 0 && (
        <fieldset className="mb-5">
          <legend className="mb-1 font-semibold">{t("officers")}</legend>
          <div className="grid max-h-64 gap-1 overflow-y-auto sm:grid-cols-2">
            {choices.officers.map((o) => (
              <label key={o.id} className="flex items-center gap-2">
                <input type="checkbox" name="officerIds" value={o.id} defaultChecked={chosen.has(o.id)} className="h-5 w-5" />
                {personName(o, locale)} ({o.badgeNumber})
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {visit && (
        <>
          <Field
            name="householdsVisited"
            label={t("householdsVisited")}
            defaultValue={visit.householdsVisited?.toString()}
            inputMode="numeric"
          />
          <Field name="summary" label={t("summary")} hint={t("summaryHint")} defaultValue={visit.summary} rows={3} maxLength={2000} />
          <Field name="summaryEn" label={t("summaryEn")} defaultValue={visit.summaryEn} rows={3} maxLength={2000} />
        </>
      )}
    </>
  );
}
