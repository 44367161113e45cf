"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { changePassword } from "@/domain/accounts/change-password";
import { ChangePasswordForm } from "@/domain/accounts/schemas";
import { signOutEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { claimRequest } from "@/domain/requests/claim-request";
import { TrackForm } from "@/domain/requests/track";
import { formAction } from "@/lib/action";
import { signOut } from "@/lib/auth";
import type { FormState } from "@/lib/errors";

/** Ends every session of the account, this one too, and clears this browser's cookie. */
const signOutAll = formAction({
  schema: z.object({}),
  run: (ctx) => signOutEverywhere(ctx),
  done: async (): Promise<FormState> => signOut({ redirectTo: "/sign-in" }),
});

/** The current password, then the new one twice; other devices are signed out. */
const changeOwnPassword = formAction({
  schema: ChangePasswordForm,
  secret: ["currentPassword", "newPassword", "confirmPassword"],
  run: changePassword,
});

const claim = formAction({
  schema: TrackForm,
  secret: ["accessCode"],
  run: claimRequest,
  done: () => {
    revalidatePath("/account");
    // A fresh page: the form is empty again and a reload does not send it twice.
    redirect("/account?linked=1");
  },
});

export async function signOutEverywhereAction(state: FormState, formData: FormData) {
  return signOutAll(state, formData);
}
export async function changePasswordAction(state: FormState, formData: FormData) {
  return changeOwnPassword(state, formData);
}
export async function claimRequestAction(state: FormState, formData: FormData) {
  return claim(state, formData);
}
