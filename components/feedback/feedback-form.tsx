"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { ConsentField } from "@/components/ui/consent-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { UnitOptions, type UnitChoiceGroup } from "@/components/ui/unit-options";
import { useZodForm } from "@/components/ui/use-zod-form";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/core/upload-limits.mjs";
import { anonymousTopics } from "@/lib/core/values";
import type { FormState } from "@/lib/errors";

import { CategoryChoice } from "./category-choice";
import { DangerStop } from "./danger-stop";
import { Receipt, type ReceiptView } from "./receipt";

/** `dangerStop`: the server was told someone is in danger now, and answers with the call-110 page state. */
export type FeedbackFormState = FormState & { receipt?: ReceiptView; preview?: { subject: string; body: string }; dangerStop?: boolean };
type Props = {
  topic: string;
  idempotencyKey: string;
  units: UnitChoiceGroup[];
  action: (state: FeedbackFormState, formData: FormData) => Promise<FeedbackFormState>;
};

// The server's schema, loaded with zod when the form is first used: a resident who only reads the page does not pay for it.
const loadSchema = () => import("@/domain/requests/feedback-form").then((module) => module.FeedbackForm);

/** What is wrong with the chosen files, before megabytes travel for nothing: the server checks the same again. */
function fileProblems(form: HTMLFormElement): Record<string, string> {
  const files = Array.from((form.elements.namedItem("attachments") as HTMLInputElement | null)?.files ?? []);
  if (files.length > MAX_FILES) return { attachments: "tooManyFiles" };
  if (files.some((file) => file.size > MAX_FILE_BYTES)) return { attachments: "fileTooLarge" };
  return {};
}

export function FeedbackFormView({ topic, idempotencyKey, units, action }: Props) {
  const t = useTranslations("feedback");
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
    schema: loadSchema,
    action,
    check: fileProblems,
  });
  // Someone in danger: the call-110 state, chosen in the browser at once or answered by the server.
  const [stop, setStop] = useState({ state, on: Boolean(state.dangerStop), chosenHere: false });
  if (stop.state !== state) setStop({ state, on: Boolean(state.dangerStop), chosenHere: false });
  const stopFor = (answer: "yes" | "no") => setStop({ state, on: answer === "yes", chosenHere: answer === "yes" });
  if (state.receipt) return <Receipt receipt={state.receipt} />;
  const v = state.values;
  const dangerField = register("danger");
  const back = () => {
    const no = document.getElementById("danger-no");
    // A click, not `checked`: the form's check hears of the change and drops the danger error.
    no?.click();
    stopFor("no");
    requestAnimationFrame(() => no?.focus());
  };
  // In the order of the page, which the error summary follows.
  const labels: Record<string, string> = {
    danger: t("dangerLegend"),
    category: t("categoryLegend"),
    subject: t("subject"),
    body: t("body"),
    areaName: t("areaName"),
    unitConcerned: t("unitConcerned"),
    officerConcerned: t("officerConcerned"),
    contactName: t("contactName"),
    contactPhone: t("contactPhone"),
    contactEmail: t("contactEmail"),
    attachments: t("attachments"),
    idempotencyKey: t("send"),
    topic: t("choose"),
  };
  const concerned = topic === "complaint" || topic === "praise";
  const form = (
    <form {...formProps}>
      <ErrorSummary title={t("errorTitle")} errors={summary(labels)} attempt={attempt} />
      <input type="hidden" name="topic" value={topic} />
      {/* A form sent back with an error keeps its key: sent again, it cannot be saved twice. */}
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || idempotencyKey} />
      <fieldset id="danger" className="mb-5" aria-describedby={err("danger") ? "danger-error" : undefined}>
        <legend className="mb-1 font-semibold">{t("dangerLegend")}</legend>
        {err("danger") && (
          <p id="danger-error" className="mb-1 text-lg font-bold text-red-700">
            {err("danger")}
          </p>
        )}
        {(["no", "yes"] as const).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              id={`danger-${value}`}
              {...dangerField}
              onChange={(event) => {
                void dangerField.onChange(event);
                if (event.target.value === "yes") stopFor("yes");
              }}
              value={value}
              defaultChecked={(v.danger ?? "no") === value}
              className="h-5 w-5"
            />
            {value === "yes" ? t("dangerYes") : t("dangerNo")}
          </label>
        ))}
        <p className="text-sm text-slate-700">{t("callNow")}</p>
      </fieldset>
      {topic === "problem" && <CategoryChoice register={register("category")} error={err("category")} chosen={v.category} />}
      <Field {...field("subject")} label={t("subject")} defaultValue={v.subject} />
      <Field {...field("body")} label={t("body")} hint={t("bodyHint")} defaultValue={v.body} rows={8} maxLength={4000} />
      <Field {...field("areaName")} label={t("areaName")} hint={t("areaHint")} defaultValue={v.areaName} />
      {concerned && (
        <>
          <Field {...field("unitConcerned")} label={t("unitConcerned")} defaultValue={v.unitConcerned ?? ""}>
            <option value="">{t("noUnit")}</option>
            <UnitOptions groups={units} />
          </Field>
          <Field
            {...field("officerConcerned", ["unitConcerned"])}
            label={t("officerConcerned")}
            hint={t("officerHint")}
            defaultValue={v.officerConcerned}
            inputMode="numeric"
          />
        </>
      )}
      <fieldset className="mb-5">
        <legend className="mb-1 text-lg font-bold">{t("contactLegend")}</legend>
        <p className="mb-2 text-sm text-slate-700">
          {(anonymousTopics as readonly string[]).includes(topic) ? t("contactHintAnonymous") : t("contactHintNeeded")}
        </p>
        <Field {...field("contactName")} label={t("contactName")} defaultValue={v.contactName} autoComplete="name" />
        <Field {...field("contactPhone")} label={t("contactPhone")} defaultValue={v.contactPhone} type="tel" autoComplete="tel" />
        <Field
          {...field("contactEmail", ["contactPhone"])}
          label={t("contactEmail")}
          defaultValue={v.contactEmail}
          type="email"
          autoComplete="email"
        />
      </fieldset>
      <ConsentField
        label={t("consent")}
        hint={t("consentHint")}
        checked={v.consentToPublish === "on"}
        register={register("consentToPublish")}
      />
      <div className={`mb-6 ${err("attachments") ? "border-l-4 border-red-700 pl-3" : ""}`}>
        <label htmlFor="attachments" className="mb-1 block font-semibold">
          {t("attachments")}
        </label>
        <p id="attachments-hint" className="mb-1 text-sm text-slate-700">
          {t("attachmentsHint")}
        </p>
        {err("attachments") && (
          <p id="attachments-error" className="mb-1 font-semibold text-red-700">
            {err("attachments")}
          </p>
        )}
        <input
          id="attachments"
          {...register("attachments")}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,application/pdf"
          aria-describedby={err("attachments") ? "attachments-hint attachments-error" : "attachments-hint"}
        />
      </div>
      {state.preview && (
        <section aria-labelledby="preview-title" className="mb-5 border-l-4 border-slate-500 bg-slate-50 p-3">
          <h2 id="preview-title" className="font-bold">
            {t("previewTitle")}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{t("previewNote")}</p>
          <p className="font-semibold">{state.preview.subject}</p>
          <p className="whitespace-pre-line">{state.preview.body}</p>
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        {/* A preview sends nothing and is not checked, with or without JavaScript. */}
        <button
          type="submit"
          name="intent"
          value="preview"
          formNoValidate
          className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0f172a] hover:bg-slate-300"
        >
          {t("previewButton")}
        </button>
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  );
  return (
    <div className="group/stop">
      {stop.on && <DangerStop onBack={back} focus={stop.chosenHere} />}
      {/* Hidden while someone is in danger; without JavaScript the stop's "back" link targets it. */}
      <div id="feedback-form" className={stop.on ? "hidden target:block" : undefined}>
        {form}
      </div>
    </div>
  );
}
