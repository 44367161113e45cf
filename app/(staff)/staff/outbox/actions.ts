"use server";

import { retryOutboxMessage, RetryOutboxMessageInput } from "@/domain/notifications/retry-outbox-message";
import { redirectAction } from "@/lib/action";

const retry = redirectAction({
  schema: RetryOutboxMessageInput,
  run: retryOutboxMessage,
  back: (formData) => String(formData.get("returnTo") ?? "/staff/outbox"),
  outcome: (_, input) => ({ retried: String(input.id) }),
});

/** Sends a failed notification again; the outcome travels back in the URL. */
export async function retryOutboxAction(formData: FormData) {
  return retry(formData);
}
