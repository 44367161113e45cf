"use server";

import { revalidatePath } from "next/cache";

import { setUserDisabled } from "@/domain/accounts/set-user-disabled";
import { signOutUserEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";

export async function setUserDisabledAction(formData: FormData) {
  try {
    await setUserDisabled(await getCtx(), {
      userId: String(formData.get("userId")),
      disabled: String(formData.get("disabled")) as "true" | "false",
    });
  } catch (error) {
    handleDomainError(error);
  }
  revalidatePath("/staff/users");
}

export async function signOutUserEverywhereAction(formData: FormData) {
  try {
    await signOutUserEverywhere(await getCtx(), { userId: Number(formData.get("userId")) });
  } catch (error) {
    handleDomainError(error);
  }
  revalidatePath("/staff/users");
}
