"use server";

import { AuthError } from "next-auth";

import { SignInForm } from "@/domain/accounts/schemas";
import { zodFieldErrors } from "@/domain/validation";
import { signIn } from "@/lib/auth";
import { type FormState } from "@/lib/errors";
import { formValues } from "@/lib/form-data";
import { safeReturnPath } from "@/lib/return-path";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password"]);
  const parsed = SignInForm.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error), values };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(values.next, "/account") });
    return { fieldErrors: {}, values };
  } catch (error) {
    // The same message for every failure: it never says whether the account exists.
    if (error instanceof AuthError) return { fieldErrors: {}, formError: "signInFailed", values };
    throw error;
  }
}
