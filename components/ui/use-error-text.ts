"use client";

import { useTranslations } from "next-intl";

import type { FormState } from "@/lib/errors";

type ErrorText = (key: string | undefined, params?: Record<string, number>) => string | undefined;

/**
 * Turns an error key from a schema or the server into text in the user's
 * language: the server's own text for its answer's keys, else the catalogue.
 */
export function useErrorText(texts: Record<string, string> = {}): ErrorText {
  const t = useTranslations("errors");
  return (key, params) => {
    if (!key) return undefined;
    if (Object.hasOwn(texts, key)) return texts[key];
    const known = key as Parameters<typeof t>[0];
    return t.has(known) ? t(known, params) : t("invalid");
  };
}

/** A form's errors as the error summary lists them: the form's own first, then each field by its label. */
export function errorSummaryItems(
  errors: Pick<FormState, "fieldErrors" | "formError" | "errorParams">,
  labelOf: (field: string) => string,
  errorText: ErrorText,
): { field: string; message: string }[] {
  return [
    ...(errors.formError ? [{ field: "form", message: errorText(errors.formError, errors.errorParams)! }] : []),
    ...Object.entries(errors.fieldErrors).map(([field, key]) => ({ field, message: `${labelOf(field)}: ${errorText(key)}` })),
  ];
}

/** A form's server errors as the error summary lists them, and each field's error. */
export function useFormErrors(
  state: Pick<FormState, "fieldErrors" | "formError" | "errorParams" | "errorTexts">,
  labels: Record<string, string>,
) {
  const errorText = useErrorText(state.errorTexts);
  const summary = errorSummaryItems(state, (field) => labels[field] ?? field, errorText);
  return { summary, fieldError: (field: string) => errorText(state.fieldErrors[field]), errorText };
}
