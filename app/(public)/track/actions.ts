"use server";

import { redirect } from "next/navigation";
import { RateLimitedError } from "@/domain/errors";
import { findTrackToken } from "@/domain/requests/track";
import { withdrawRequest } from "@/domain/requests/withdraw-request";
import { getCtx } from "@/lib/auth/context";
import { type FormState, formValues, handleDomainError } from "@/lib/errors";

export async function trackAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["accessCode"]);
  let token: string;
  try {
    token = await findTrackToken(await getCtx(), Object.fromEntries(formData));
  } catch (error) {
    if (error instanceof RateLimitedError) return { fieldErrors: {}, formError: "tooManyAttempts", values };
    return handleDomainError(error, values);
  }
  // The token goes in the path, never a code in a query string.
  redirect(`/track/${token}`);
}

export async function withdrawAction(token: string) {
  try {
    await withdrawRequest(await getCtx(), token);
  } catch (error) {
    handleDomainError(error);
  }
  redirect(`/track/${token}`);
}
