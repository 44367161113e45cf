"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { signOutEverywhere } from "@/domain/accounts/sign-out-everywhere";
import { claimRequest } from "@/domain/requests/claim-request";
import { TrackForm } from "@/domain/requests/track";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const signOutAll = formAction({ schema: z.object({}), run: (ctx) => signOutEverywhere(ctx), done: () => redirect("/sign-in") });

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
export async function claimRequestAction(state: FormState, formData: FormData) {
  return claim(state, formData);
}
