"use client";

import { useTranslations } from "next-intl";

/** Turns an error key from a schema or the server into text in the user's language. */
export function useErrorText() {
  const t = useTranslations("errors");
  return (key: string | undefined) => {
    if (!key) return undefined;
    const known = key as Parameters<typeof t>[0];
    return t.has(known) ? t(known) : t("invalid");
  };
}
