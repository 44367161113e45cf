"use server";

import { revalidatePath } from "next/cache";

import { retryOutboxMessage } from "@/domain/notifications/retry-outbox-message";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";

export async function retryOutboxAction(formData: FormData) {
  try {
    await retryOutboxMessage(await getCtx(), { id: String(formData.get("id")) });
  } catch (error) {
    handleDomainError(error);
  }
  revalidatePath("/staff/outbox");
}
