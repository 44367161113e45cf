"use server";

import { revalidatePath } from "next/cache";

import { ApplicationStepForm, handleApplication } from "@/domain/services/handle-application";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const step = formAction({
  schema: ApplicationStepForm,
  run: handleApplication,
  done: (_, input): FormState => {
    revalidatePath(`/staff/requests/${input.trackingNumber}`);
    return { fieldErrors: {}, values: {}, done: true };
  },
});

/** Moves an application one step on (accept, ask for materials, approve, refuse, ready to collect or sent). */
export async function applicationStepAction(trackingNumber: string, state: FormState, formData: FormData) {
  return step(state, formData, { trackingNumber });
}
