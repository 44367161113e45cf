"use server";

import type { FeedbackFormState } from "@/components/feedback/feedback-form";
import { FeedbackForm } from "@/domain/requests/feedback-form";
import { previewPublicCopy } from "@/domain/requests/preview-public-copy";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { formAction } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { formValues, uploadsOf } from "@/lib/form-data";

import { receiptView } from "../../receipt-view";

const submit = formAction({
  schema: FeedbackForm,
  run: async (ctx, input, formData) => submitFeedback(ctx, input, await uploadsOf(formData, "attachments")),
  done: async (receipt): Promise<FeedbackFormState> => {
    return { fieldErrors: {}, values: {}, receipt: await receiptView(receipt) };
  },
});

export async function submitFeedbackAction(state: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  // Someone in danger now: nothing is checked or saved, the page says to call 110. What was typed
  // waits in the hidden form, with "no" chosen for when the resident comes back to it.
  if (formData.get("danger") === "yes") return { fieldErrors: {}, values: { ...formValues(formData), danger: "no" }, dangerStop: true };
  // "Preview" shows what could be published and sends nothing.
  if (formData.get("intent") === "preview") {
    const values = formValues(formData);
    return { fieldErrors: {}, values, preview: previewPublicCopy(await getCtx(), values) };
  }
  return submit(state, formData);
}
