"use client";

import { useTranslations } from "next-intl";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useZodForm } from "@/components/ui/use-zod-form";
import { ApiKeyForm } from "@/domain/open311/api-key-form";
import type { FormState } from "@/lib/errors";

/** The answer after a key is issued: its name and the key itself, shown this once. */
export type ApiKeyFormState = FormState & { created?: { name: string; key: string } };

type Props = { action: (state: ApiKeyFormState, formData: FormData) => Promise<ApiKeyFormState> };

/** Issues a key named after the application that will use it; the key appears once, to copy. */
export function ApiKeyFormView({ action }: Props) {
  const t = useTranslations("apiKeys");
  const form = useTranslations("form");
  const { state, pending, formProps, field, summary, attempt } = useZodForm({ schema: ApiKeyForm, action, clearOnDone: true });
  const errors = summary({ name: t("name") });
  const values = state.done ? {} : state.values;
  return (
    <>
      {state.created && errors.length === 0 && (
        <div role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3">
          <p className="mb-2 font-semibold">{t("created", { name: state.created.name })}</p>
          <label htmlFor="new-api-key" className="mb-1 block font-semibold">
            {t("keyLabel")}
          </label>
          <input
            id="new-api-key"
            readOnly
            value={state.created.key}
            className="w-full border-2 border-slate-700 bg-white p-2 font-mono text-sm"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
      <form {...formProps}>
        <ErrorSummary title={form("errorTitle")} errors={errors} attempt={attempt} />
        <Field {...field("name")} label={t("name")} hint={t("nameHint")} defaultValue={values.name} maxLength={80} required />
        <SubmitButton pending={pending} pendingLabel={form("saving")}>
          {t("create")}
        </SubmitButton>
      </form>
    </>
  );
}
