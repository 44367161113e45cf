"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; next?: string };

export function SignInForm({ action, next }: Props) {
  const t = useTranslations("signIn");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const errors = [
    ...(state.formError ? [{ field: "form", message: errorText(state.formError, state.errorParams)! }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({
      field,
      message: `${t(field === "password" ? "password" : "email")}: ${errorText(key)}`,
    })),
  ];
  return (
    <form action={formAction} noValidate>
      <ErrorSummary title={t("errorTitle")} errors={errors} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        defaultValue={state.values.email}
        error={errorText(state.fieldErrors.email)}
        required
      />
      <Field
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        error={errorText(state.fieldErrors.password)}
        required
      />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
