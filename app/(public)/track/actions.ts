"use server";

import { redirect } from "next/navigation";

import { RateLimitedError } from "@/domain/errors";
import { addResidentMessage, rateHandling } from "@/domain/requests/resident-actions";
import { findTrackToken } from "@/domain/requests/track";
import { withdrawRequest } from "@/domain/requests/withdraw-request";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

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

function residentAction(write: typeof addResidentMessage) {
  return async (token: string, formData: FormData): Promise<FormState> => {
    const values = formValues(formData);
    try {
      await write(await getCtx(), token, Object.fromEntries(formData));
    } catch (error) {
      return handleDomainError(error, values);
    }
    redirect(`/track/${token}`);
  };
}

const addInfo = residentAction(addResidentMessage);
const rate = residentAction(rateHandling);

export async function addInfoAction(token: string, _state: FormState, formData: FormData) {
  return addInfo(token, formData);
}

export async function rateAction(token: string, _state: FormState, formData: FormData) {
  return rate(token, formData);
}
