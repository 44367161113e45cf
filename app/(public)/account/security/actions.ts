"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { CodesState } from "@/components/account/recovery-codes-form";
import { TotpCodeForm } from "@/domain/accounts/schemas";
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

export const confirmEnrolmentAction = formAction<typeof TotpCodeForm, string[], CodesState>({
  schema: TotpCodeForm,
  secret: ["code"],
  run: (ctx, input) => confirmEnrolment(ctx, input),
  done: codesShown,
});

export const renewRecoveryCodesAction = formAction<typeof TotpCodeForm, string[], CodesState>({
  schema: TotpCodeForm,
  secret: ["code"],
  run: (ctx, input) => renewRecoveryCodes(ctx, input),
  done: codesShown,
});
