"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormErrors } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

export type CodesState = FormState & { recoveryCodes?: string[] };

type Props = {
  action: (state: CodesState, formData: FormData) => Promise<CodesState>;
  /** Confirm the set-up, or ask for new recovery codes. */
  step: "confirm" | "renew";
  submitLabel: string;
};

/**
 * A code from the authenticator app, sent to confirm set-up or to get new
 * recovery codes; the answer shows the recovery codes once. A plain form
 * without JavaScript.
 */
export function RecoveryCodesForm({ action, step, submitLabel }: Props) {
  const t = useTranslations("secondFactor");
  const form = useTranslations("form");
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const { summary, fieldError } = useFormErrors(state, { code: t("code") });
  if (state.recoveryCodes) {
    return (
      <section aria-labelledby="codes-title" className="mb-6 max-w-xl border-4 border-emerald-700 p-4">
        <h2 id="codes-title" className="mb-2 text-xl font-bold">
          {t("codesTitle")}
        </h2>
        <p className="mb-3">{t("codesIntro")}</p>
        <ol className="mb-4 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-lg" aria-label={t("codesTitle")}>
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <p className="mb-4 font-semibold">{t("codesOnce")}</p>
        <Link prefetch={false} href="/staff" className="font-semibold">
          {t("toStaff")}
        </Link>
      </section>
    );
  }
  return (
    <form action={formAction} noValidate className="max-w-xl">
      <ErrorSummary title={form("errorTitle")} errors={summary} />
      <input type="hidden" name="step" value={step} />
      <Field
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        error={fieldError("code")}
        required
      />
      <SubmitButton pendingLabel={form("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
