"use client";

import { useTranslations } from "next-intl";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { ImportColumns, ImportProblem } from "@/domain/directory/import-formats";

import { ImportProblems } from "./import-problems";

export type ShownProblems = { fieldErrors: Record<string, string>; formError?: string; problems: ImportProblem[]; problemCount: number };

type Props = { action: (formData: FormData) => void; columns: ImportColumns; kind?: string; shown: ShownProblems };

const inputError = "border-l-4 border-red-700 pl-3";

/** Choose the kind of file and the file; every problem is listed above the form. */
export function ImportCheckForm({ action, columns, kind, shown }: Props) {
  const t = useTranslations("directoryImport");
  const errorText = useErrorText();
  const kindError = errorText(shown.fieldErrors.kind);
  const csvError = errorText(shown.fieldErrors.csv);
  const summary = [
    ...(shown.formError ? [{ field: "form", message: shown.formError }] : []),
    ...(kindError ? [{ field: "kind", message: kindError }] : []),
    ...(csvError ? [{ field: "csv", message: csvError }] : []),
    ...(shown.problemCount > 0 ? [{ field: "import-problems", message: t("problemsSummary", { count: shown.problemCount }) }] : []),
  ];
  const kinds = [
    { value: "officers", id: "kind", label: t("officers") },
    { value: "areas", id: "kind-areas", label: t("areas"), hint: t("areasHint") },
  ];
  return (
    <>
      <ErrorSummary title={t("errorTitle")} errors={summary} />
      {shown.problems.length > 0 && <ImportProblems problems={shown.problems} count={shown.problemCount} />}
      <form action={action} noValidate className="max-w-2xl">
        <fieldset className={`mb-5 ${kindError ? inputError : ""}`} aria-describedby={kindError ? "kind-error" : undefined}>
          <legend className="mb-1 font-semibold">{t("kindLegend")}</legend>
          {kindError && (
            <p id="kind-error" className="mb-1 font-semibold text-red-700">
              {kindError}
            </p>
          )}
          {kinds.map((k) => (
            <div key={k.value} className="mb-2 flex items-start gap-2">
              <input
                type="radio"
                id={k.id}
                name="kind"
                value={k.value}
                defaultChecked={kind === k.value}
                aria-describedby={k.hint ? `${k.id}-hint` : undefined}
                className="mt-1 h-5 w-5 focus:ring-4 focus:ring-amber-400"
              />
              <div>
                <label htmlFor={k.id}>{k.label}</label>
                {k.hint && (
                  <p id={`${k.id}-hint`} className="text-sm text-slate-600">
                    {k.hint}
                  </p>
                )}
              </div>
            </div>
          ))}
        </fieldset>
        <div className={`mb-5 ${csvError ? inputError : ""}`}>
          <label htmlFor="csv" className="mb-1 block font-semibold">
            {t("file")}
          </label>
          <p id="csv-hint" className="mb-1 text-sm text-slate-600">
            {t("fileHint")}
          </p>
          {csvError && (
            <p id="csv-error" className="mb-1 font-semibold text-red-700">
              {csvError}
            </p>
          )}
          <input
            id="csv"
            name="csv"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={csvError ? true : undefined}
            aria-describedby={csvError ? "csv-hint csv-error" : "csv-hint"}
            className="block w-full max-w-md rounded border-2 border-slate-700 p-2 focus:outline-none focus:ring-4 focus:ring-amber-400"
          />
        </div>
        <details className="mb-5">
          <summary className="cursor-pointer underline">{t("columnsTitle")}</summary>
          <p className="mt-2 font-mono text-sm break-words">{t("officerColumns", { columns: columns.officers.join(", ") })}</p>
          <p className="mt-1 font-mono text-sm break-words">{t("areaColumns", { columns: columns.areas.join(", ") })}</p>
        </details>
        <SubmitButton pendingLabel={t("checking")}>{t("check")}</SubmitButton>
      </form>
    </>
  );
}
