"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { changePassword } from "@/domain/accounts/change-password";
import { ChangePasswordForm } from "@/domain/accounts/schemas";
import { signOutEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { RateLimitedError } from "@/domain/errors";
import { claimRequest } from "@/domain/requests/claim-request";
import { formAction, formValues } from "@/lib/action";
import { signOut } from "@/lib/auth";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

/** Ends every session of the account, this one too, and clears this browser's cookie. */
export const signOutEverywhereAction = formAction({
  schema: z.object({}),
  run: (ctx) => signOutEverywhere(ctx),
  done: async (): Promise<FormState> => signOut({ redirectTo: "/sign-in" }),
});

/** The current password, then the new one twice; other devices are signed out. */
export const changePasswordAction = formAction({
  schema: ChangePasswordForm,
  secret: ["currentPassword", "newPassword", "confirmPassword"],
  run: (ctx, input) => changePassword(ctx, input),
});

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
