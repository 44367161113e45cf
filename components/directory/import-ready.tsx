"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

import { SubmitButton } from "@/components/ui/submit-button";
import type { PreviewResult } from "@/domain/directory/import-formats";

type Props = { preview: Extract<PreviewResult, { ok: true }>; action: (formData: FormData) => void };

/** What the checked file would change, and the one button that changes it. */
export function ImportReady({ preview, action }: Props) {
  const t = useTranslations("directoryImport");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="import-ready-title" className="mb-8 max-w-2xl border-l-8 border-emerald-800 bg-emerald-50 p-4">
      <h2 id="import-ready-title" ref={heading} tabIndex={-1} className="mb-2 text-xl font-bold focus:outline-none">
        {t("readyTitle")}
      </h2>
      <p className="mb-4">
        {t("readySummary", { rows: preview.rowCount, inserts: preview.inserts, updates: preview.updates, unchanged: preview.unchanged })}
      </p>
      <form action={action} className="mb-4">
        <input type="hidden" name="importId" value={preview.importId} />
        <SubmitButton pendingLabel={t("importing")}>{t("import", { rows: preview.rowCount })}</SubmitButton>
      </form>
      {/* A full page load, so the form starts empty again. */}
      <a href="/staff/directory/import">{t("otherFile")}</a>
    </section>
  );
}
