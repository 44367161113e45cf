"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorSummaryItems, useErrorText } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

export type MeTooCodeState = FormState & { challenge?: string; count?: number };

type Props = {
  trackingNumber: string;
  /** The item's own page, where the visitor starts again. */
  startAgain: string;
  action: (state: MeTooCodeState, formData: FormData) => Promise<MeTooCodeState>;
};

/**
 * "This affects me too" for a visitor not signed in who would rather not be
 * counted by a cookie: a code goes to their phone or e-mail, then they type
 * it. Two posts of one form, with or without JavaScript: the challenge rides
 * in the answer.
 */
export function MeTooByCode({ trackingNumber, startAgain, action }: Props) {
  const t = useTranslations("desk.meTooCode");
  const tf = useTranslations("form");
  const [state, send, pending] = useActionState(action, { fieldErrors: {}, values: {} });
  const errorText = useErrorText(state.errorTexts);
  const labels: Record<string, string> = { contact: t("contact"), code: t("code") };
  const errors = errorSummaryItems(state, (field) => labels[field] ?? field, errorText);
  if (state.done) {
    return (
      <p role="status" className="mt-3 font-semibold text-emerald-800">
        {t("counted", { count: state.count ?? 1 })}
      </p>
    );
  }
  return (
    <details className="mt-3" open={Boolean(state.challenge) || errors.length > 0}>
      <summary className="cursor-pointer font-semibold underline">{t("open")}</summary>
      <form action={send} className="mt-3 max-w-xl" noValidate>
        <ErrorSummary title={tf("errorTitle")} errors={errors} />
        <input type="hidden" name="trackingNumber" value={trackingNumber} />
        {state.challenge ? (
          <>
            <input type="hidden" name="challenge" value={state.challenge} />
            <p role="status" className="mb-3">
              {t("sent")}
            </p>
            <Field
              name="code"
              label={t("code")}
              hint={t("codeHint")}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              error={errorText(state.fieldErrors.code)}
            />
            <SubmitButton variant="secondary" pending={pending}>
              {t("confirm")}
            </SubmitButton>
            <p className="mt-2 text-sm">
              <a href={startAgain}>{t("again")}</a>
            </p>
          </>
        ) : (
          <>
            <p className="mb-3 text-sm">{t("intro")}</p>
            <Field
              name="contact"
              label={t("contact")}
              hint={t("contactHint")}
              autoComplete="email"
              defaultValue={state.values.contact}
              error={errorText(state.fieldErrors.contact)}
            />
            <SubmitButton variant="secondary" pending={pending}>
              {t("send")}
            </SubmitButton>
          </>
        )}
      </form>
    </details>
  );
}
