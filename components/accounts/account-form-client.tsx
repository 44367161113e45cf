"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import type { z } from "zod";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import {
  ChangePasswordForm,
  CreateStaffAccountForm,
  ForgotPasswordForm,
  SecondFactorForm,
  SetPasswordForm,
  SignInForm,
  SignUpForm,
  TotpCodeForm,
  UpdateStaffAccountForm,
} from "@/domain/accounts/schemas";
import { zodFieldErrors } from "@/domain/validation";
import type { FormState } from "@/lib/errors";

// The schemas the server parses with: with JavaScript the browser checks first.
const schemas = {
  signIn: SignInForm,
  secondFactor: SecondFactorForm,
  signUp: SignUpForm,
  forgotPassword: ForgotPasswordForm,
  setPassword: SetPasswordForm,
  changePassword: ChangePasswordForm,
  totpCode: TotpCodeForm,
  createStaffAccount: CreateStaffAccountForm,
  updateStaffAccount: UpdateStaffAccountForm,
} satisfies Record<string, z.ZodType>;

export type AccountField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "select";
  hint?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text";
  options?: { value: string; label: string }[];
  /** A <datalist> id for suggestions. */
  list?: string;
  maxLength?: number;
};

export type AccountFormProps = {
  schema: keyof typeof schemas;
  fields: AccountField[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel: string;
  initial?: Record<string, string>;
  hidden?: Record<string, string>;
  /** Shown in a status panel once the server says done; the form then starts empty. */
  doneMessage?: string;
  /** Shown instead of the form once done (a "check your e-mail" answer). */
  replaceWhenDone?: boolean;
  children?: ReactNode;
};

/**
 * The accounts area's forms: labelled fields, the GOV.UK error summary at the
 * top and each message beside its field. A plain form post without
 * JavaScript; with it, the shared schema checks before sending.
 */
export function AccountFormClient({
  schema,
  fields,
  action,
  submitLabel,
  pendingLabel,
  initial = {},
  hidden = {},
  doneMessage,
  replaceWhenDone,
  children,
}: AccountFormProps) {
  const t = useTranslations("form");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const fieldErrors = clientErrors ?? state.fieldErrors;
  const values = state.done ? initial : { ...initial, ...state.values };

  function check(event: FormEvent<HTMLFormElement>) {
    const parsed = schemas[schema].safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (parsed.success) return setClientErrors(null);
    event.preventDefault();
    setClientErrors(zodFieldErrors(parsed.error));
  }

  const labelOf = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const summary = [
    ...(state.formError && !clientErrors ? [{ field: "form", message: errorText(state.formError, state.errorParams)! }] : []),
    ...Object.entries(fieldErrors).map(([field, key]) => ({ field, message: `${labelOf(field)}: ${errorText(key)}` })),
  ];
  const done = state.done && summary.length === 0 && doneMessage;

  if (done && replaceWhenDone) {
    return (
      <div role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-4">
        <p className="font-semibold">{doneMessage}</p>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={check} noValidate className="max-w-xl">
      <ErrorSummary title={t("errorTitle")} errors={summary} />
      {done && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {doneMessage}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) =>
        f.type === "select" ? (
          <SelectField key={f.name} field={f} value={values[f.name] ?? ""} error={errorText(fieldErrors[f.name])} />
        ) : (
          <Field
            // A new key after success empties what the browser kept in the inputs.
            key={`${f.name}-${state.done ? "done" : "open"}`}
            name={f.name}
            label={f.label}
            type={f.type}
            hint={f.hint}
            autoComplete={f.autoComplete}
            inputMode={f.inputMode}
            list={f.list}
            maxLength={f.maxLength}
            defaultValue={f.type === "password" ? undefined : values[f.name]}
            error={errorText(fieldErrors[f.name])}
            required
          />
        ),
      )}
      {children}
      <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}

function SelectField({ field, value, error }: { field: AccountField; value: string; error?: string }) {
  const describedBy = [field.hint && `${field.name}-hint`, error && `${field.name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-red-700 pl-3" : ""}`}>
      <label htmlFor={field.name} className="mb-1 block font-semibold">
        {field.label}
      </label>
      {field.hint && (
        <p id={`${field.name}-hint`} className="mb-1 text-sm text-slate-600">
          {field.hint}
        </p>
      )}
      {error && (
        <p id={`${field.name}-error`} className="mb-1 font-semibold text-red-700">
          {error}
        </p>
      )}
      <select
        id={field.name}
        name={field.name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full max-w-xl rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-700"} focus:outline-none focus:ring-4 focus:ring-amber-400`}
      >
        {field.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
