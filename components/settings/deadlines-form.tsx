"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useZodForm } from "@/components/ui/use-zod-form";
import { deadlinesForm } from "@/domain/settings/schemas";
import type { FormState } from "@/lib/errors";

export type DeadlineGroup = { legend: string; fields: { key: string; label: string; days: number }[] };

type Props = { groups: DeadlineGroup[]; action: (state: FormState, formData: FormData) => Promise<FormState> };

/** One number per class and topic; works as a plain form post without JavaScript. */
export function DeadlinesForm({ groups, action }: Props) {
  const t = useTranslations("settings.deadlines");
  const form = useTranslations("form");
  const fields = groups.flatMap((g) => g.fields);
  // The server's schema, for the keys the page lists (every deadline there is).
  const schema = useMemo(() => deadlinesForm(groups.flatMap((g) => g.fields.map((f) => f.key))), [groups]);
  const { state, pending, formProps, field, summary, attempt } = useZodForm({ schema, action });
  const labelOf = (key: string) => t("label", { name: fields.find((f) => f.key === key)?.label ?? key });
  const errors = summary(Object.fromEntries(fields.map((f) => [f.key, labelOf(f.key)])));
  return (
    <form {...formProps}>
      <ErrorSummary title={form("errorTitle")} errors={errors} attempt={attempt} />
      {state.done && errors.length === 0 && (
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
              {...field(f.key)}
              label={labelOf(f.key)}
              inputMode="numeric"
              defaultValue={state.values[f.key] ?? String(f.days)}
              maxLength={3}
              required
            />
          ))}
        </fieldset>
      ))}
      <SubmitButton pending={pending} pendingLabel={form("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
