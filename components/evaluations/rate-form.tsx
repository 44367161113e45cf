"use client";

import { useTranslations } from "next-intl";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useZodForm } from "@/components/ui/use-zod-form";
import type { FormState } from "@/lib/errors";

import { ScoreChoice } from "./score-choice";

const loadSchema = () => import("@/domain/evaluations/rating-form").then((module) => module.EvaluationForm);

export type RateState = FormState & { rated?: { verified: boolean; held: boolean } };

type Props = { target: string; targetName: string; action: (state: RateState, formData: FormData) => Promise<RateState> };

/** Scores on three plain questions, an optional comment and contact, and the receipt's codes for a verified rating. */
export function RateForm({ target, targetName, action }: Props) {
  const t = useTranslations("rate");
  const { state, pending, formProps, field, register, error, summary, attempt } = useZodForm<RateState>({ schema: loadSchema, action });
  if (state.rated) {
    return (
      <div role="status" className="rounded border-4 border-emerald-800 bg-emerald-50 p-4">
        <h2 className="text-xl font-bold">{state.rated.verified ? t("doneVerified") : t("done")}</h2>
        <p>{t(state.rated.held ? "doneHeld" : "doneCounted", { name: targetName })}</p>
      </div>
    );
  }
  const labels: Record<string, string> = {
    target: t("target"),
    attitude: t("questions.attitude"),
    efficiency: t("questions.efficiency"),
    fairness: t("questions.fairness"),
    comment: t("comment"),
    contact: t("contact"),
    trackingNumber: t("trackingNumber"),
    accessCode: t("accessCode"),
  };
  const v = state.values;
  return (
    <form {...formProps} className="max-w-2xl">
      <ErrorSummary title={t("errorTitle")} errors={summary(labels)} attempt={attempt} />
      <input type="hidden" name="target" value={target} />
      {(["attitude", "efficiency", "fairness"] as const).map((name) => (
        <ScoreChoice key={name} name={name} register={register(name)} error={error(name)} chosen={v[name]} />
      ))}
      <Field {...field("comment")} label={t("comment")} hint={t("commentHint")} rows={4} maxLength={1000} defaultValue={v.comment} />
      <Field {...field("contact")} label={t("contact")} hint={t("contactHint")} defaultValue={v.contact} autoComplete="tel" />
      <fieldset className="mb-5 border-l-4 border-emerald-800 pl-3">
        <legend className="font-semibold">{t("verifiedLegend")}</legend>
        <p className="mb-2 text-sm text-slate-700">{t("verifiedHint")}</p>
        <Field {...field("trackingNumber", ["accessCode"])} label={t("trackingNumber")} defaultValue={v.trackingNumber} />
        <Field {...field("accessCode", ["trackingNumber"])} label={t("accessCode")} />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
