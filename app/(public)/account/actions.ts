"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { signOutEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { RateLimitedError } from "@/domain/errors";
import { claimRequest } from "@/domain/requests/claim-request";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

export async function signOutEverywhereAction() {
  try {
    await signOutEverywhere(await getCtx());
  } catch (error) {
    handleDomainError(error);
    return;
  }
  redirect("/sign-in");
}

export async function claimRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["accessCode"]);
  try {
    await claimRequest(await getCtx(), Object.fromEntries(formData));
  } catch (error) {
    if (error instanceof RateLimitedError) return { fieldErrors: {}, formError: "tooManyAttempts", values };
    return handleDomainError(error, values);
  }
  revalidatePath("/account");
  // A fresh page: the form is empty again and a reload does not send it twice.
  redirect("/account?linked=1");
}
