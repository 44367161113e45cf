"use server";

import { revalidatePath } from "next/cache";

import type { CheckState, ConfirmState } from "@/components/directory/import-state";
import { confirmDirectoryImport } from "@/domain/directory/confirm-import";
import { ImportKindInput } from "@/domain/directory/import-file";
import type { ImportProblem, PreviewResult } from "@/domain/directory/import-formats";
import { previewDirectoryImport } from "@/domain/directory/preview-import";
import { formAction, formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";

// A page listing thousands of bad rows helps nobody: the first 500 are enough to start fixing.
const SHOWN = 500;
const firstProblems = (errors: ImportProblem[]) => ({ ok: false as const, errors: errors.slice(0, SHOWN) });

// The file stays in the form data; the text fields are checked by the wrapper first.
const check = formAction<typeof ImportKindInput, PreviewResult, CheckState>({
  schema: ImportKindInput,
  run: (ctx, { kind }, formData) => previewDirectoryImport(ctx, { kind, csv: formData.get("csv") }),
  done: (preview, { kind }) =>
    preview.ok
      ? { fieldErrors: {}, values: { kind }, preview }
      : { fieldErrors: {}, values: { kind }, preview: firstProblems(preview.errors), problemCount: preview.errors.length },
});

export async function checkImportAction(state: CheckState, formData: FormData): Promise<CheckState> {
  return check(state, formData);
}

export async function confirmImportAction(_state: ConfirmState, formData: FormData): Promise<ConfirmState> {
  const values = formValues(formData);
  try {
    const confirmed = await confirmDirectoryImport(await getCtx(), { importId: formData.get("importId") });
    if (!confirmed.ok)
      return { fieldErrors: {}, values, confirmed: firstProblems(confirmed.errors), problemCount: confirmed.errors.length };
    // Officers and areas appear on many public pages: refresh them all.
    revalidatePath("/", "layout");
    return { fieldErrors: {}, values, confirmed };
  } catch (error) {
    return handleDomainError(error, values);
  }
}
