"use server";

import { redirect } from "next/navigation";

import { setPasswordWithLink } from "@/domain/accounts/password-links";
import { SetPasswordForm } from "@/domain/accounts/schemas";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

/** Sets the password through a one-time link (the token is bound by the page), then on to sign in. */
export async function setPasswordAction(token: string, state: FormState, formData: FormData): Promise<FormState> {
  const run = formAction({
    schema: SetPasswordForm,
    secret: ["password", "confirmPassword"],
    run: (ctx, input) => setPasswordWithLink(ctx, { ...input, token }),
    done: (): FormState => redirect("/sign-in?passwordSet=1"),
  });
  return run(state, formData);
}
