"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

export type DeadlineGroup = { legend: string; fields: { key: string; label: string; days: number }[] };

type Props = { groups: DeadlineGroup[]; action: (state: FormState, formData: FormData) => Promise<FormState> };

/** One number per class and topic; works as a plain form post without JavaScript. */
export function DeadlinesForm({ groups, action }: Props) {
  const t = useTranslations("settings.deadlines");
  const form = useTranslations("form");
  const errorText = useErrorText();
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const fields = groups.flatMap((g) => g.fields);
  const labelOf = (key: string) => t("label", { name: fields.find((f) => f.key === key)?.label ?? key });
  const summary = [
    ...(state.formError ? [{ field: "form", message: errorText(state.formError, state.errorParams)! }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({ field, message: `${labelOf(field)}: ${errorText(key)}` })),
  ];
  return (
    <form action={formAction} noValidate>
      <ErrorSummary title={form("errorTitle")} errors={summary} />
      {state.done && summary.length === 0 && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("saved")}
        </p>
      )}
      {groups.map((group) => (
        <fieldset key={group.legend} className="mb-4">
          <legend className="mb-2 text-lg font-bold">{group.legend}</legend>
          {group.fields.map((f) => (
            <Field
              key={f.key}
              name={f.key}
              label={labelOf(f.key)}
              inputMode="numeric"
              defaultValue={state.values[f.key] ?? String(f.days)}
              error={errorText(state.fieldErrors[f.key])}
              maxLength={3}
              required
            />
          ))}
        </fieldset>
      ))}
      <SubmitButton pendingLabel={form("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
