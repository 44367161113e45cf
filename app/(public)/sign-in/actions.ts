"use server";

import { redirect } from "next/navigation";

import { requestPasswordReset } from "@/domain/accounts/password-links";
import { ForgotPasswordForm, SecondFactorForm, SignInForm } from "@/domain/accounts/schemas";
import { checkPassword } from "@/domain/accounts/sign-in";
import { ConflictError } from "@/domain/errors";
import { formAction } from "@/lib/action";
import { signInWithChallenge } from "@/lib/auth";
import { readChallengeCookie, setChallengeCookie } from "@/lib/auth/challenge-cookie";
import { safeReturnPath } from "@/lib/return-path";

/** The password step: signs in at once, or sends an account with a second factor on to the code step. */
export const signInAction = formAction({
  schema: SignInForm,
  secret: ["password"],
  run: async (ctx, input) => {
    const accepted = await checkPassword(ctx, input);
    const next = safeReturnPath(input.next, accepted.role === "resident" ? "/account" : "/staff");
    if (!accepted.needsCode) return signInWithChallenge(accepted.challenge, undefined, next);
    await setChallengeCookie(accepted.challenge);
    redirect(`/sign-in/code?next=${encodeURIComponent(next)}`);
  },
});

/** The code step: a code from the app or a recovery code completes the sign-in. */
export const secondFactorAction = formAction({
  schema: SecondFactorForm,
  secret: ["code"],
  run: async (_ctx, input) => {
    const challenge = await readChallengeCookie();
    if (!challenge) throw new ConflictError("no sign-in under way", "signInExpired");
    return signInWithChallenge(challenge, input.code, safeReturnPath(input.next, "/staff"));
  },
});

/** "Forgot your password?": the same answer whatever the address. */
export const forgotPasswordAction = formAction({
  schema: ForgotPasswordForm,
  run: (ctx, input) => requestPasswordReset(ctx, input),
});
