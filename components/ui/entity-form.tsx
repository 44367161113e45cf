"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";

import { AreaForm, OfficerForm, UnitForm } from "@/domain/directory/schemas";
import { NewServiceForm } from "@/domain/services/service-forms";
import type { FormState } from "@/lib/errors";

import { ErrorSummary } from "./error-summary";
import { SubmitButton } from "./submit-button";
import { useZodForm } from "./use-zod-form";

// The same schemas the server parses with: JavaScript only checks earlier.
const schemas = { officer: OfficerForm, unit: UnitForm, area: AreaForm, service: NewServiceForm } satisfies Record<string, z.ZodType>;

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "tel" | "number" | "select" | "checkbox";
  hint?: string;
  options?: { value: string; label: string }[];
  autoComplete?: string;
};

type Props = {
  schema: keyof typeof schemas;
  fields: FieldSpec[];
  initial: Record<string, string>;
  hidden?: Record<string, string>;
  submitLabel: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  doneMessage?: string;
};

const inputClass = (error?: string) =>
  `w-full max-w-md rounded border-2 px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-700"}`;

/** A labelled form with an error summary, validated by the shared schema in the browser and again on the server. */
export function EntityForm({ schema, fields, initial, hidden = {}, submitLabel, action, doneMessage }: Props) {
  const t = useTranslations("form");
  const { state, pending, formProps, register, error, summary, attempt } = useZodForm({
    schema: schemas[schema],
    action,
    initialState: { fieldErrors: {}, values: initial },
  });
  const values = { ...initial, ...state.values };
  const errors = summary(Object.fromEntries(fields.map((f) => [f.name, f.label])));

  return (
    <form {...formProps}>
      <ErrorSummary title={t("errorTitle")} errors={errors} attempt={attempt} />
      {state.done && errors.length === 0 && doneMessage && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {doneMessage}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const problem = error(f.name);
        const describedBy = [f.hint && `${f.name}-hint`, problem && `${f.name}-error`].filter(Boolean).join(" ") || undefined;
        const common = { id: f.name, ...register(f.name), "aria-invalid": problem ? true : undefined, "aria-describedby": describedBy };
        return (
          <div key={f.name} className={`mb-5 ${problem ? "border-l-4 border-red-700 pl-3" : ""}`}>
            {f.type === "checkbox" ? (
              <label className="flex items-center gap-2 font-semibold">
                <input
                  type="checkbox"
                  {...common}
                  defaultChecked={values[f.name] === "true" || values[f.name] === "on"}
                  className="h-6 w-6"
                />
                {f.label}
              </label>
            ) : (
              <label htmlFor={f.name} className="mb-1 block font-semibold">
                {f.label}
              </label>
            )}
            {f.hint && (
              <p id={`${f.name}-hint`} className="mb-1 text-sm text-slate-700">
                {f.hint}
              </p>
            )}
            {problem && (
              <p id={`${f.name}-error`} className="mb-1 font-semibold text-red-700">
                {problem}
              </p>
            )}
            {f.type === "select" ? (
              <select {...common} defaultValue={values[f.name] ?? ""} className={inputClass(problem)}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === "checkbox" ? null : (
              <input
                {...common}
                type={f.type ?? "text"}
                defaultValue={values[f.name] ?? ""}
                autoComplete={f.autoComplete ?? "off"}
                className={inputClass(problem)}
              />
            )}
          </div>
        );
      })}
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
