"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { useErrorText } from "@/components/accounts/use-error-text";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/errors";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  labels: Record<string, string>;
  variant?: "primary" | "secondary" | "danger";
  children: React.ReactNode;
};

/** A small form whose server errors appear in a summary above it; works without JavaScript. */
export function ActionForm({ action, submitLabel, labels, variant, children }: Props) {
  const t = useTranslations("form");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const errors = [
    ...(state.formError ? [{ field: "form", message: errorText(state.formError)! }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({ field, message: `${labels[field] ?? field}: ${errorText(key)}` })),
  ];
  return (
    <form action={formAction} className="mb-4">
      <ErrorSummary title={t("errorTitle")} errors={errors} />
      {children}
      <SubmitButton variant={variant} pendingLabel={t("saving")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
