"use client";

import { useTranslations } from "next-intl";

import type { FormState } from "@/lib/errors";

/** Turns an error key from a schema or the server into text in the user's language. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (key: string | undefined, params?: Record<string, number>) => {
    if (!key) return undefined;
    const known = key as Parameters<typeof t>[0];
    return t.has(known) ? t(known, params) : t("invalid");
  };
}

/** A form's server errors as the error summary lists them: the form's own first, then each field by its label. */
export function useFormErrors(state: Pick<FormState, "fieldErrors" | "formError" | "errorParams">, labels: Record<string, string>) {
  const errorText = useErrorText();
  const summary = [
    ...(state.formError ? [{ field: "form", message: errorText(state.formError, state.errorParams)! }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({ field, message: `${labels[field] ?? field}: ${errorText(key)}` })),
  ];
  return { summary, fieldError: (field: string) => errorText(state.fieldErrors[field]), errorText };
}
