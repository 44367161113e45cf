"use server";

import { revalidatePath } from "next/cache";

import { publishRequest, unpublishRequest } from "@/domain/requests/publication";
import { changeRequestStatus, replyToRequest, triageRequest } from "@/domain/requests/staff/handle-request";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

function handler(write: typeof replyToRequest) {
  return async (trackingNumber: string, _state: FormState, formData: FormData): Promise<FormState> => {
    const values = formValues(formData);
    try {
      await write(await getCtx(), { ...Object.fromEntries(formData), trackingNumber });
    } catch (error) {
      return handleDomainError(error, values);
    }
    revalidatePath(`/staff/requests/${trackingNumber}`);
    return { fieldErrors: {}, values: {}, done: true };
  };
}

const reply = handler(replyToRequest);
const triage = handler(triageRequest);
const status = handler(changeRequestStatus);
const publish = handler(publishRequest);
const unpublish = handler(unpublishRequest);

export async function replyAction(trackingNumber: string, state: FormState, formData: FormData) {
  return reply(trackingNumber, state, formData);
}
export async function triageAction(trackingNumber: string, state: FormState, formData: FormData) {
  return triage(trackingNumber, state, formData);
}
export async function statusAction(trackingNumber: string, state: FormState, formData: FormData) {
  return status(trackingNumber, state, formData);
}
export async function publishAction(trackingNumber: string, state: FormState, formData: FormData) {
  return publish(trackingNumber, state, formData);
}
export async function unpublishAction(trackingNumber: string, state: FormState, formData: FormData) {
  return unpublish(trackingNumber, state, formData);
}
