"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { useErrorText } from "@/components/ui/use-error-text";
import type { ImportColumns } from "@/domain/directory/import-formats";

import { ImportCheckForm, type ShownProblems } from "./import-check-form";
import { ImportDone } from "./import-done";
import { ImportReady } from "./import-ready";
import type { CheckState, ConfirmState } from "./import-state";

type Props = {
  check: (state: CheckState, formData: FormData) => Promise<CheckState>;
  confirm: (state: ConfirmState, formData: FormData) => Promise<ConfirmState>;
  columns: ImportColumns;
};

const nothingChecked: CheckState = { fieldErrors: {}, values: {} };
const nothingConfirmed: ConfirmState = { fieldErrors: {}, values: {} };

/**
 * Check a file, then import it. Two actions, one state each: without
 * JavaScript each post renders the page afresh with only its own result, so
 * what to show is worked out from both.
 */
export function ImportFlow({ check, confirm, columns }: Props) {
  const t = useTranslations("directoryImport");
  const errorText = useErrorText();
  const [checked, checkAction] = useActionState(check, nothingChecked);
  const [confirmed, confirmAction] = useActionState(confirm, nothingConfirmed);

  if (confirmed.confirmed?.ok) return <ImportDone result={confirmed.confirmed} />;
  const preview = checked.preview;
  const failedImportId = confirmed.formError || confirmed.confirmed ? confirmed.values.importId : undefined;
  if (preview?.ok && preview.importId !== failedImportId) return <ImportReady preview={preview} action={confirmAction} />;

  // A failed confirm is news only until another file has been checked (and refused).
  const checkRefused = preview?.ok === false || Boolean(checked.formError) || Object.keys(checked.fieldErrors).length > 0;
  const showConfirm = failedImportId !== undefined && !checkRefused;
  const shown: ShownProblems = showConfirm
    ? {
        fieldErrors: {},
        formError: confirmed.formError === "notFound" ? t("expired") : errorText(confirmed.formError),
        problems: confirmed.confirmed?.ok === false ? confirmed.confirmed.errors : [],
        problemCount: confirmed.problemCount ?? 0,
      }
    : {
        fieldErrors: checked.fieldErrors,
        formError: errorText(checked.formError),
        problems: preview?.ok === false ? preview.errors : [],
        problemCount: checked.problemCount ?? 0,
      };
  return <ImportCheckForm action={checkAction} columns={columns} kind={checked.values.kind} shown={shown} />;
}
