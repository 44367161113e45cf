"use server";

import { signUp } from "@/domain/accounts/sign-up";
import { signIn } from "@/lib/auth";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";
import { formValues } from "@/lib/form-data";

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password", "confirmPassword"]);
  const input = Object.fromEntries(formData);
  try {
    await signUp(await getCtx(), input);
  } catch (error) {
    return handleDomainError(error, values);
  }
  await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/account" });
  return { fieldErrors: {}, values };
}
