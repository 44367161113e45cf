"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

export function TrackForm({ action }: Props) {
  const t = useTranslations("track");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const labels: Record<string, string> = { trackingNumber: t("trackingNumber"), accessCode: t("accessCode") };
  const errors = [
    ...(state.formError ? [{ field: "form", message: errorText(state.formError, state.errorParams)! }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({ field, message: `${labels[field] ?? field}: ${errorText(key)}` })),
  ];
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary title={t("errorTitle")} errors={errors} />
      <Field
        name="trackingNumber"
        label={t("trackingNumber")}
        defaultValue={state.values.trackingNumber}
        error={errorText(state.fieldErrors.trackingNumber)}
      />
      <Field name="accessCode" label={t("accessCode")} error={errorText(state.fieldErrors.accessCode)} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
