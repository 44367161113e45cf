import type { ConfirmResult, PreviewResult } from "@/domain/directory/import-formats";
import type { FormState } from "@/lib/errors";

/** After "Check file": the preview, or why the file or the form was refused. */
export type CheckState = FormState & { preview?: PreviewResult; problemCount?: number };

/** After "Import N rows": the counts, or why nothing was written. */
export type ConfirmState = FormState & { confirmed?: ConfirmResult; problemCount?: number };
