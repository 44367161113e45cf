"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { CodesState } from "@/components/account/recovery-codes-form";
import { SecondFactorCodesForm } from "@/domain/accounts/schemas";
import { confirmEnrolment, renewRecoveryCodes, startEnrolment } from "@/domain/accounts/second-factor/enrolment";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const codesShown = (recoveryCodes: string[]): CodesState => ({ fieldErrors: {}, values: {}, done: true, recoveryCodes });

/** A fresh secret to scan; the page then shows it. */
export const startEnrolmentAction = formAction({
  schema: z.object({}),
  run: (ctx) => startEnrolment(ctx),
  done: (): FormState => {
    revalidatePath("/account/security");
    return { fieldErrors: {}, values: {}, done: true };
  },
});

/**
 * One action for both code forms, so that without JavaScript the page that
 * comes back (now showing the factor as on) still holds the codes to show.
 */
export const secondFactorCodesAction = formAction<typeof SecondFactorCodesForm, string[], CodesState>({
  schema: SecondFactorCodesForm,
  secret: ["code"],
  run: (ctx, input) => (input.step === "renew" ? renewRecoveryCodes(ctx, input) : confirmEnrolment(ctx, input)),
  done: codesShown,
});
