"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormErrors } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

type Props = {
  definition: string;
  /** Arrived from a successful save. */
  saved: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** The field definition as JSON; a refused one comes back with its reasons beside the text. */
export function DefinitionEditor({ definition, saved, action }: Props) {
  const t = useTranslations("staffServices");
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const { summary, fieldError } = useFormErrors(state, { fields: t("definition") });
  const error = fieldError("fields");
  return (
    <form action={formAction} className="mb-4">
      <ErrorSummary title={t("errorTitle")} errors={summary} />
      {(state.done || (saved && Object.keys(state.fieldErrors).length === 0)) && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("saved")}
        </p>
      )}
      <div className={error ? "border-l-4 border-red-700 pl-3" : ""}>
        <label htmlFor="fields" className="mb-1 block font-semibold">
          {t("definition")}
        </label>
        <p id="fields-hint" className="mb-1 text-sm text-slate-600">
          {t("definitionHint")}
        </p>
        {error && (
          <p id="fields-error" className="mb-1 font-semibold break-words text-red-700">
            {error}
          </p>
        )}
        <textarea
          id="fields"
          name="fields"
          rows={20}
          spellCheck={false}
          defaultValue={state.values.fields ?? definition}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "fields-hint fields-error" : "fields-hint"}
          className={`w-full rounded border-2 px-3 py-2 font-mono text-sm ${error ? "border-red-700" : "border-slate-700"}`}
        />
      </div>
      <div className="mt-3">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
