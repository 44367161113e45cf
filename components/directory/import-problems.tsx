"use client";

import { useTranslations } from "next-intl";

import { useErrorText } from "@/components/ui/use-error-text";
import type { ImportProblem } from "@/domain/directory/import-formats";

/** Every bad row of a file: line, column and what is wrong, in the reader's language. */
export function ImportProblems({ problems, count }: { problems: ImportProblem[]; count: number }) {
  const t = useTranslations("directoryImport");
  const errorText = useErrorText();
  return (
    <section id="import-problems" tabIndex={-1} aria-labelledby="import-problems-title" className="mb-8 focus:outline-none">
      <h2 id="import-problems-title" className="mb-2 text-xl font-bold">
        {t("problemsTitle")}
      </h2>
      {count > problems.length && <p className="mb-2">{t("problemsMore", { shown: problems.length })}</p>}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("problemsTitle")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-700">
              <th scope="col" className="p-2">
                {t("line")}
              </th>
              <th scope="col" className="p-2">
                {t("column")}
              </th>
              <th scope="col" className="p-2">
                {t("problem")}
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr key={`${p.line}-${p.field}-${p.reason}`} className="border-b border-slate-300 align-top">
                <td className="p-2">{p.line}</td>
                <td className="p-2 font-mono">{p.field || t("wholeFile")}</td>
                <td className="p-2">{errorText(p.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
