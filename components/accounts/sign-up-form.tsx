"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

const fields = [
  { name: "name", type: "text", autoComplete: "name" },
  { name: "email", type: "email", autoComplete: "email" },
  { name: "password", type: "password", autoComplete: "new-password", hint: true },
  { name: "confirmPassword", type: "password", autoComplete: "new-password" },
] as const;

export function SignUpForm({ action }: Props) {
  const t = useTranslations("signUp");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const errors = [
    ...(state.formError ? [{ field: "form", message: errorText(state.formError, state.errorParams)! }] : []),
    ...fields
      .filter((f) => state.fieldErrors[f.name])
      .map((f) => ({ field: f.name, message: `${t(f.name)}: ${errorText(state.fieldErrors[f.name])}` })),
  ];
  return (
    <form action={formAction} noValidate>
      <ErrorSummary title={t("errorTitle")} errors={errors} />
      {fields.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          type={f.type}
          label={t(f.name)}
          hint={"hint" in f ? t("passwordHint") : undefined}
          autoComplete={f.autoComplete}
          defaultValue={f.type === "password" ? undefined : state.values[f.name]}
          error={errorText(state.fieldErrors[f.name])}
          required
        />
      ))}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
