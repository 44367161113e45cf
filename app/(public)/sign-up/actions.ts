"use server";

import { SignUpForm } from "@/domain/accounts/schemas";
import { signUp } from "@/domain/accounts/sign-up";
import { formAction } from "@/lib/action";

/** Always ends on "check your e-mail", whether or not the address has an account. */
export const signUpAction = formAction({
  schema: SignUpForm,
  run: (ctx, input) => signUp(ctx, input),
});
