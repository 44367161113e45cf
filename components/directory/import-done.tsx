"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import type { ConfirmResult } from "@/domain/directory/import-formats";

/** The end of an import: a panel with what changed (GOV.UK confirmation panel). */
export function ImportDone({ result }: { result: Extract<ConfirmResult, { ok: true }> }) {
  const t = useTranslations("directoryImport");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <section aria-labelledby="import-done-title" className="mb-6 max-w-2xl bg-emerald-800 p-6 text-white">
        <h2 id="import-done-title" ref={heading} tabIndex={-1} className="mb-2 text-2xl font-bold focus:outline-none">
          {t("doneTitle")}
        </h2>
        <p>{t("doneBody", { inserts: result.inserts, updates: result.updates })}</p>
      </section>
      {/* A full page load, so the form starts empty again. */}
      <a href="/staff/directory/import">{t("another")}</a>
    </>
  );
}
