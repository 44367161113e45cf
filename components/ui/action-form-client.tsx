"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormErrors } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

export type ActionFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  labels: Record<string, string>;
  variant?: "primary" | "secondary" | "danger";
  children: React.ReactNode;
};

/** A small form whose server errors appear in a summary above it; works without JavaScript. */
export function ActionFormClient({ action, submitLabel, labels, variant, children }: ActionFormProps) {
  const t = useTranslations("form");
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const { summary: errors } = useFormErrors(state, labels);
  return (
    <form action={formAction} className="mb-4">
      <ErrorSummary title={t("errorTitle")} errors={errors} />
      {children}
      {/* On its own line under the fields, as in every other form (a textarea is inline). */}
      <div className="mt-3">
        <SubmitButton variant={variant} pendingLabel={t("saving")}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
