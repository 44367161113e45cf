"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/core/upload-limits.mjs";
import { sixSmalls } from "@/lib/core/values";
import type { FormState } from "@/lib/errors";

import { Receipt, type ReceiptView } from "./receipt";

export type FeedbackFormState = FormState & { receipt?: ReceiptView; preview?: { subject: string; body: string } };
type Props = {
  topic: string;
  idempotencyKey: string;
  units: { slug: string; name: string }[];
  action: (state: FeedbackFormState, formData: FormData) => Promise<FeedbackFormState>;
};

const anonymousTopics = ["problem", "tip"];

/** What is wrong with the chosen files before they are sent: the server checks the same again. */
function fileProblem(input: HTMLInputElement | null): string | undefined {
  const files = Array.from(input?.files ?? []);
  if (files.length > MAX_FILES) return "tooManyFiles";
  if (files.some((file) => file.size > MAX_FILE_BYTES)) return "fileTooLarge";
  return undefined;
}

export function FeedbackFormView({ topic, idempotencyKey, units, action }: Props) {
  const t = useTranslations("feedback");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  // With JavaScript, files too many or too large are caught here, before megabytes travel for nothing.
  const [browserCheck, setBrowserCheck] = useState<{ attachments?: string; after?: FeedbackFormState }>({});
  if (state.receipt) return <Receipt receipt={state.receipt} />;
  const v = state.values;
  const fieldErrors =
    browserCheck.attachments && browserCheck.after === state
      ? { ...state.fieldErrors, attachments: browserCheck.attachments }
      : state.fieldErrors;
  const err = (field: string) => errorText(fieldErrors[field]);
  const labels: Record<string, string> = {
    danger: t("dangerLegend"),
    category: t("categoryLegend"),
    subject: t("subject"),
    body: t("body"),
    areaName: t("areaName"),
    unitConcerned: t("unitConcerned"),
    officerConcerned: t("officerConcerned"),
    contactPhone: t("contactPhone"),
    contactEmail: t("contactEmail"),
    contactName: t("contactName"),
    attachments: t("attachments"),
    idempotencyKey: t("send"),
    topic: t("choose"),
  };
  const summary = [
    ...(state.formError ? [{ field: "form", message: errorText(state.formError, state.errorParams)! }] : []),
    ...Object.entries(fieldErrors).map(([field, key]) => ({ field, message: `${labels[field] ?? field}: ${errorText(key)}` })),
  ];
  const checkFiles = (event: React.FormEvent<HTMLFormElement>) => {
    const problem = fileProblem(event.currentTarget.elements.namedItem("attachments") as HTMLInputElement | null);
    setBrowserCheck({ attachments: problem, after: state });
    if (problem) event.preventDefault();
  };
  const concerned = topic === "complaint" || topic === "praise";
  return (
    <form action={formAction} onSubmit={checkFiles} noValidate encType="multipart/form-data">
      <ErrorSummary title={t("errorTitle")} errors={summary} />
      <input type="hidden" name="topic" value={topic} />
      {/* A form sent back with an error keeps its key: sent again, it cannot be saved twice. */}
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || idempotencyKey} />
      <fieldset id="danger" className="mb-5" aria-describedby={err("danger") ? "danger-error" : undefined}>
        <legend className="mb-1 font-semibold">{t("dangerLegend")}</legend>
        {err("danger") && (
          <p id="danger-error" className="mb-1 text-lg font-bold text-red-700">
            {err("danger")} <a href="tel:110">110</a>
          </p>
        )}
        {(["no", "yes"] as const).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="danger" value={value} defaultChecked={(v.danger ?? "no") === value} className="h-5 w-5" />
            {value === "yes" ? t("dangerYes") : t("dangerNo")}
          </label>
        ))}
        <p className="text-sm text-slate-700">{t("callNow")}</p>
      </fieldset>
      {topic === "problem" && (
        <fieldset id="category" className={`mb-5 ${err("category") ? "border-l-4 border-red-700 pl-3" : ""}`}>
          <legend className="mb-1 font-semibold">{t("categoryLegend")}</legend>
          {err("category") && <p className="mb-1 font-semibold text-red-700">{err("category")}</p>}
          {sixSmalls.map((c) => (
            <label key={c} className="mb-2 flex items-start gap-2">
              <input type="radio" name="category" value={c} defaultChecked={v.category === c} className="mt-1 h-5 w-5" />
              <span>
                <span className="font-semibold">{t(`categories.${c}.title`)}</span> — {t(`categories.${c}.line`)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Field name="subject" label={t("subject")} defaultValue={v.subject} error={err("subject")} />
      <Field name="body" label={t("body")} hint={t("bodyHint")} defaultValue={v.body} error={err("body")} rows={8} maxLength={4000} />
      <Field name="areaName" label={t("areaName")} hint={t("areaHint")} defaultValue={v.areaName} error={err("areaName")} />
      {concerned && (
        <>
          <div className="mb-5">
            <label htmlFor="unitConcerned" className="mb-1 block font-semibold">
              {t("unitConcerned")}
            </label>
            {err("unitConcerned") && <p className="mb-1 font-semibold text-red-700">{err("unitConcerned")}</p>}
            <select
              id="unitConcerned"
              name="unitConcerned"
              defaultValue={v.unitConcerned ?? ""}
              className="w-full max-w-md rounded border-2 border-slate-700 px-2 py-2"
            >
              <option value="">{t("noUnit")}</option>
              {units.map((u) => (
                <option key={u.slug} value={u.slug}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <Field
            name="officerConcerned"
            label={t("officerConcerned")}
            hint={t("officerHint")}
            defaultValue={v.officerConcerned}
            error={err("officerConcerned")}
            inputMode="numeric"
          />
        </>
      )}
      <fieldset className="mb-5">
        <legend className="mb-1 text-lg font-bold">{t("contactLegend")}</legend>
        <p className="mb-2 text-sm text-slate-700">
          {anonymousTopics.includes(topic) ? t("contactHintAnonymous") : t("contactHintNeeded")}
        </p>
        <Field name="contactName" label={t("contactName")} defaultValue={v.contactName} error={err("contactName")} autoComplete="name" />
        <Field
          name="contactPhone"
          label={t("contactPhone")}
          defaultValue={v.contactPhone}
          error={err("contactPhone")}
          type="tel"
          autoComplete="tel"
        />
        <Field
          name="contactEmail"
          label={t("contactEmail")}
          defaultValue={v.contactEmail}
          error={err("contactEmail")}
          type="email"
          autoComplete="email"
        />
      </fieldset>
      <div className="mb-5">
        <label className="flex items-start gap-2 font-semibold">
          <input
            type="checkbox"
            name="consentToPublish"
            defaultChecked={v.consentToPublish === "on"}
            className="mt-1 h-5 w-5"
            aria-describedby="consent-hint"
          />
          {t("consent")}
        </label>
        <p id="consent-hint" className="ml-7 text-sm text-slate-700">
          {t("consentHint")}
        </p>
      </div>
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
          name="attachments"
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
        <button
          type="submit"
          name="intent"
          value="preview"
          className="rounded bg-slate-200 px-4 py-2 font-semibold text-slate-900 shadow-[0_2px_0_#0f172a] hover:bg-slate-300"
        >
          {t("previewButton")}
        </button>
        <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
      </div>
    </form>
  );
}
