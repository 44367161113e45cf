"use server";

import type { FeedbackFormState } from "@/components/feedback/feedback-form";
import { RateLimitedError } from "@/domain/errors";
import { previewPublicCopy } from "@/domain/requests/preview-public-copy";
import { submitFeedback } from "@/domain/requests/submit-feedback";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";
import { qrPath } from "@/lib/qr";
import { siteOrigin } from "@/lib/site-url";

export async function submitFeedbackAction(_state: FeedbackFormState, formData: FormData): Promise<FeedbackFormState> {
  const values = formValues(formData);
  const ctx = await getCtx();
  // "Preview" shows what could be published and sends nothing.
  if (formData.get("intent") === "preview") return { fieldErrors: {}, values, preview: previewPublicCopy(ctx, values) };
  const files = formData.getAll("attachments").filter((f): f is File => typeof f !== "string" && f.size > 0);
  try {
    const uploads = await Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: Buffer.from(await f.arrayBuffer()) })));
    const receipt = await submitFeedback(ctx, Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")), uploads);
    const trackPath = `/track/${receipt.trackToken}`;
    const qr = qrPath(`${await siteOrigin()}${trackPath}`);
    return {
      fieldErrors: {},
      values: {},
      receipt: {
        trackingNumber: receipt.trackingNumber,
        accessCode: receipt.accessCode,
        trackPath,
        deadlineAt: receipt.deadlineAt.toISOString(),
        qr,
      },
    };
  } catch (error) {
    if (error instanceof RateLimitedError) return { fieldErrors: {}, formError: "tooManyAttempts", values };
    return handleDomainError(error, values);
  }
}
