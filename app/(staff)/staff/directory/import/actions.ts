"use server";

import { revalidatePath } from "next/cache";

import type { CheckState, ConfirmState } from "@/components/directory/import-state";
import { confirmDirectoryImport } from "@/domain/directory/confirm-import";
import type { ImportProblem } from "@/domain/directory/import-formats";
import { previewDirectoryImport } from "@/domain/directory/preview-import";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";

// A page listing thousands of bad rows helps nobody: the first 500 are enough to start fixing.
const SHOWN = 500;
const firstProblems = (errors: ImportProblem[]) => ({ ok: false as const, errors: errors.slice(0, SHOWN) });

export async function checkImportAction(_state: CheckState, formData: FormData): Promise<CheckState> {
  const values = formValues(formData);
  try {
    const preview = await previewDirectoryImport(await getCtx(), { kind: formData.get("kind"), csv: formData.get("csv") });
    if (preview.ok) return { fieldErrors: {}, values, preview };
    return { fieldErrors: {}, values, preview: firstProblems(preview.errors), problemCount: preview.errors.length };
  } catch (error) {
    return handleDomainError(error, values);
  }
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
