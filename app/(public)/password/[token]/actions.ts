"use server";

import { redirect } from "next/navigation";

import { setPasswordWithLink } from "@/domain/accounts/password-links";
import { SetPasswordLinkForm } from "@/domain/accounts/schemas";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

/** Sets the password through a one-time link (its token is in the form), then on to sign in. */
export const setPasswordAction = formAction({
  schema: SetPasswordLinkForm,
  secret: ["password", "confirmPassword"],
  run: (ctx, input) => setPasswordWithLink(ctx, input),
  done: (): FormState => redirect("/sign-in?passwordSet=1"),
});
