"use server";

import { revalidatePath } from "next/cache";

import type { CheckState, ConfirmState } from "@/components/directory/import-state";
import { confirmDirectoryImport, ConfirmImportInput } from "@/domain/directory/confirm-import";
import { PreviewImportInput } from "@/domain/directory/import-file";
import type { ImportProblem } from "@/domain/directory/import-formats";
import { previewDirectoryImport } from "@/domain/directory/preview-import";
import { formAction } from "@/lib/action";

// A page listing thousands of bad rows helps nobody: the first 500 are enough to start fixing.
const SHOWN = 500;
const firstProblems = (errors: ImportProblem[]) => ({ ok: false as const, errors: errors.slice(0, SHOWN) });

const check = formAction({
  schema: PreviewImportInput,
  run: previewDirectoryImport,
  done: (preview, input): CheckState => {
    const values = { kind: input.kind };
    if (preview.ok) return { fieldErrors: {}, values, preview };
    return { fieldErrors: {}, values, preview: firstProblems(preview.errors), problemCount: preview.errors.length };
  },
});

const confirm = formAction({
  schema: ConfirmImportInput,
  run: confirmDirectoryImport,
  done: (confirmed, input): ConfirmState => {
    const values = { importId: input.importId };
    if (!confirmed.ok)
      return { fieldErrors: {}, values, confirmed: firstProblems(confirmed.errors), problemCount: confirmed.errors.length };
    // Officers and areas appear on many public pages: refresh them all.
    revalidatePath("/", "layout");
    return { fieldErrors: {}, values, confirmed };
  },
});

export async function checkImportAction(state: CheckState, formData: FormData) {
  return check(state, formData);
}
export async function confirmImportAction(state: ConfirmState, formData: FormData) {
  return confirm(state, formData);
}
