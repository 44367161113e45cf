"use client";

import { useTranslations } from "next-intl";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useZodForm } from "@/components/ui/use-zod-form";
import { HolidayForm, holidayKinds } from "@/domain/settings/schemas";
import type { FormState } from "@/lib/errors";

export type HolidayFormState = FormState & { saved?: string };

type Props = {
  /** The day being edited; empty fields to add one. */
  initial: Record<string, string>;
  action: (state: HolidayFormState, formData: FormData) => Promise<HolidayFormState>;
};

/** Adds a day to the calendar or changes one (saving a date that is listed replaces it). */
export function HolidayFormView({ initial, action }: Props) {
  const t = useTranslations("settings.holidays");
  const form = useTranslations("form");
  // Once a day is saved the form is empty again, ready for the next one.
  const {
    state,
    pending,
    formProps,
    register,
    field,
    error: err,
    summary,
    attempt,
  } = useZodForm({
    schema: HolidayForm,
    action,
    clearOnDone: true,
  });
  const v = state.done ? initial : { ...initial, ...state.values };
  const labels: Record<string, string> = { date: t("dateLabel"), kind: t("kindLegend"), nameZh: t("nameZh"), nameEn: t("nameEn") };
  const errors = summary(labels);
  return (
    <form {...formProps}>
      <ErrorSummary title={form("errorTitle")} errors={errors} attempt={attempt} />
      {state.saved && errors.length === 0 && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("saved", { date: state.saved })}
        </p>
      )}
      <Field {...field("date")} label={t("dateLabel")} hint={t("dateHint")} defaultValue={v.date} maxLength={10} required />
      <fieldset
        id="kind"
        className={`mb-5 ${err("kind") ? "border-l-4 border-red-700 pl-3" : ""}`}
        aria-describedby={err("kind") ? "kind-error" : undefined}
      >
        <legend className="mb-1 font-semibold">{t("kindLegend")}</legend>
        {err("kind") && (
          <p id="kind-error" className="mb-1 font-semibold text-red-700">
            {err("kind")}
          </p>
        )}
        {holidayKinds.map((kind) => (
          <div key={kind} className="mb-2 flex min-h-11 items-start gap-2">
            <input
              id={`kind-${kind}`}
              type="radio"
              {...register("kind", ["date"])}
              value={kind}
              defaultChecked={v.kind === kind}
              aria-describedby={`kind-${kind}-hint`}
              className="mt-1 h-5 w-5"
            />
            <div>
              <label htmlFor={`kind-${kind}`} className="font-semibold">
                {kind === "holiday" ? t("kindHoliday") : t("kindWorkday")}
              </label>
              <p id={`kind-${kind}-hint`} className="text-sm text-slate-700">
                {kind === "holiday" ? t("kindHolidayHint") : t("kindWorkdayHint")}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <Field {...field("nameZh")} label={t("nameZh")} defaultValue={v.nameZh} maxLength={40} required />
      <Field {...field("nameEn")} label={t("nameEn")} defaultValue={v.nameEn} maxLength={100} required />
      <SubmitButton pending={pending} pendingLabel={form("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
