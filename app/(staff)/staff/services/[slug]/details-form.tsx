"use client";

import { useTranslations } from "next-intl";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { UnitOptions, type UnitChoiceGroup } from "@/components/ui/unit-options";
import { useZodForm } from "@/components/ui/use-zod-form";
import { maxMaterials, ServiceDetailsForm } from "@/domain/services/service-forms";
import { materialForms } from "@/lib/core/values";
import type { FormState } from "@/lib/errors";

export type DetailsState = FormState & { lists?: Record<string, string[]> };
export type ServiceDetails = {
  timeLimitDays: number;
  online: boolean;
  local: boolean;
  unitIds: number[];
  materials: { nameZh: string; nameEn: string; form: string; count: number }[];
};

type Props = {
  /** Sent along so the browser's check of the shared schema sees it; the server uses the address it bound. */
  slug: string;
  details: ServiceDetails;
  units: UnitChoiceGroup[];
  saved: boolean;
  action: (state: DetailsState, formData: FormData) => Promise<DetailsState>;
};

const box = (error?: string) => `w-full rounded border-2 px-3 py-2 ${error ? "border-red-700" : "border-slate-700"}`;
const emptyRows = 3;

/** Materials, time limit, handling units and how residents apply: checked in the browser and again on the server. */
export function DetailsForm({ slug, details, units, saved, action }: Props) {
  const t = useTranslations("staffServices.details");
  const tf = useTranslations("form");
  const forms = useTranslations("services.materialForms");
  const { state, pending, formProps, register, error, summary, attempt } = useZodForm<DetailsState>({ schema: ServiceDetailsForm, action });
  const labels = {
    timeLimitDays: t("timeLimitDays"),
    local: t("local"),
    unitIds: t("unitIds"),
    online: t("online"),
    materials: t("materials"),
  };
  const errors = summary(labels);
  // After a refused post without JavaScript, the rows come back as they were sent.
  const lists = state.lists;
  const value = (name: string) => state.values[name];
  const rows = lists?.materialNameZh
    ? lists.materialNameZh.map((nameZh, i) => ({
        nameZh,
        nameEn: lists.materialNameEn?.[i] ?? "",
        form: lists.materialForm?.[i] ?? "original",
        count: lists.materialCount?.[i] ?? "1",
      }))
    : [
        ...details.materials.map((m) => ({ ...m, count: String(m.count) })),
        ...Array.from({ length: emptyRows }, () => ({ nameZh: "", nameEn: "", form: "original", count: "1" })),
      ].slice(0, maxMaterials);
  const chosen = lists?.unitIds ?? details.unitIds.map(String);
  const checked = (name: "online" | "local") => (lists ? value(name) === "true" : details[name]);
  const problem = (name: string) => error(name);
  const described = (name: string, hint = false) =>
    [hint && `${name}-hint`, problem(name) && `${name}-error`].filter(Boolean).join(" ") || undefined;
  const errorLine = (name: string) =>
    problem(name) && (
      <p id={`${name}-error`} className="mb-1 font-semibold text-red-700">
        {problem(name)}
      </p>
    );
  return (
    <form {...formProps} className="mb-4">
      <input type="hidden" name="slug" value={slug} />
      <ErrorSummary title={tf("errorTitle")} errors={errors} attempt={attempt} />
      {saved && errors.length === 0 && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("saved")}
        </p>
      )}
      <div className="mb-5">
        <label htmlFor="timeLimitDays" className="mb-1 block font-semibold">
          {t("timeLimitDays")}
        </label>
        <p id="timeLimitDays-hint" className="mb-1 text-sm text-slate-600">
          {t("timeLimitHint")}
        </p>
        {errorLine("timeLimitDays")}
        <input
          id="timeLimitDays"
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          {...register("timeLimitDays")}
          defaultValue={value("timeLimitDays") ?? String(details.timeLimitDays)}
          aria-invalid={problem("timeLimitDays") ? true : undefined}
          aria-describedby={described("timeLimitDays", true)}
          className={`${box(problem("timeLimitDays"))} max-w-32`}
        />
      </div>
      <div className="mb-5">
        {errorLine("local")}
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" value="true" {...register("local", ["unitIds"])} defaultChecked={checked("local")} className="h-6 w-6" />
          {t("local")}
        </label>
      </div>
      <div className="mb-5">
        <label htmlFor="unitIds" className="mb-1 block font-semibold">
          {t("unitIds")}
        </label>
        <p id="unitIds-hint" className="mb-1 text-sm text-slate-600">
          {t("unitIdsHint")}
        </p>
        {errorLine("unitIds")}
        <select
          id="unitIds"
          multiple
          size={8}
          {...register("unitIds")}
          defaultValue={chosen}
          aria-invalid={problem("unitIds") ? true : undefined}
          aria-describedby={described("unitIds", true)}
          className={box(problem("unitIds"))}
        >
          <UnitOptions groups={units} />
        </select>
      </div>
      <div className="mb-5">
        {errorLine("online")}
        <label className="flex items-center gap-2 font-semibold">
          <input
            type="checkbox"
            value="true"
            {...register("online")}
            defaultChecked={checked("online")}
            aria-describedby={described("online")}
            className="h-6 w-6"
          />
          {t("online")}
        </label>
      </div>
      <fieldset id="materials" tabIndex={-1} aria-describedby={described("materials", true)} className="mb-5 min-w-0">
        <legend className="mb-1 font-semibold">{t("materials")}</legend>
        <p id="materials-hint" className="mb-2 text-sm text-slate-600">
          {t("materialsHint")}
        </p>
        {errorLine("materials")}
        {rows.map((row, i) => (
          <div key={i} className="mb-3 grid gap-2 border-b border-slate-200 pb-3 sm:grid-cols-[1fr_1fr_auto_auto]">
            {(["nameZh", "nameEn"] as const).map((key) => (
              <div key={key} className="min-w-0">
                <label htmlFor={`material-${key}-${i}`} className="block text-sm font-semibold">
                  {t(`material.${key}`, { n: i + 1 })}
                </label>
                <input
                  id={`material-${key}-${i}`}
                  name={key === "nameZh" ? "materialNameZh" : "materialNameEn"}
                  defaultValue={row[key]}
                  lang={key === "nameZh" ? "zh-CN" : "en"}
                  className={box()}
                />
              </div>
            ))}
            <div>
              <label htmlFor={`material-form-${i}`} className="block text-sm font-semibold">
                {t("material.form", { n: i + 1 })}
              </label>
              <select id={`material-form-${i}`} name="materialForm" defaultValue={row.form} className={box()}>
                {materialForms.map((f) => (
                  <option key={f} value={f}>
                    {forms(f)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`material-count-${i}`} className="block text-sm font-semibold">
                {t("material.count", { n: i + 1 })}
              </label>
              <input
                id={`material-count-${i}`}
                name="materialCount"
                type="number"
                inputMode="numeric"
                min={1}
                max={20}
                defaultValue={row.count}
                className={`${box()} max-w-24`}
              />
            </div>
          </div>
        ))}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={tf("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
