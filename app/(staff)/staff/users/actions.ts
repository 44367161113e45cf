"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { createStaffAccount } from "@/domain/accounts/create-staff-account";
import { resetSecondFactor } from "@/domain/accounts/reset-second-factor";
import { CreateStaffAccountForm, SetUserDisabledInput, UpdateStaffAccountForm, UserIdInput } from "@/domain/accounts/schemas";
import { sendPasswordLink } from "@/domain/accounts/send-password-link";
import { setUserDisabled } from "@/domain/accounts/set-user-disabled";
import { signOutUserEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { unlockAccount } from "@/domain/accounts/unlock-account";
import { updateStaffAccount } from "@/domain/accounts/update-staff-account";
import type { Ctx } from "@/domain/context";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

// Each outcome ends on the account's page with a message named in the address,
// so it shows without JavaScript and a reload does not send the form again.
const backTo = (userId: number, done: string): FormState => {
  revalidatePath("/staff/users");
  redirect(`/staff/users/${userId}?done=${done}`);
};

export const createStaffAccountAction = formAction({
  schema: CreateStaffAccountForm,
  run: (ctx, input) => createStaffAccount(ctx, input),
  done: ({ userId }) => backTo(userId, "created"),
});

export const updateStaffAccountAction = formAction({
  schema: UpdateStaffAccountForm,
  run: (ctx, input) => updateStaffAccount(ctx, input),
  done: (_result, input) => backTo(input.userId, "saved"),
});

// The account's id comes in a hidden field of each form; the domain checks the caller may act on it.
const byId = (run: (ctx: Ctx, input: UserIdInput) => Promise<void>, done: string) =>
  formAction({ schema: UserIdInput, run, done: (_result, input) => backTo(input.userId, done) });

export const sendPasswordLinkAction = byId(sendPasswordLink, "linkSent");
export const resetSecondFactorAction = byId(resetSecondFactor, "secondFactorReset");
export const signOutUserEverywhereAction = byId(signOutUserEverywhere, "signedOut");
export const unlockAccountAction = byId(unlockAccount, "unlocked");

export const setUserDisabledAction = formAction({
  schema: SetUserDisabledInput,
  run: (ctx, input) => setUserDisabled(ctx, input),
  done: (_result, input) => backTo(input.userId, input.disabled ? "disabled" : "enabled"),
});
