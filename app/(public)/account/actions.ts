"use server";

import { redirect } from "next/navigation";
import { signOutEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";

export async function signOutEverywhereAction() {
  try {
    await signOutEverywhere(await getCtx());
  } catch (error) {
    handleDomainError(error);
    return;
  }
  redirect("/sign-in");
}
