"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { PublishForm, publishRequest, UnpublishForm, unpublishRequest } from "@/domain/requests/publication";
import {
  changeRequestStatus,
  ReplyForm,
  replyToRequest,
  StatusForm,
  TriageForm,
  triageRequest,
} from "@/domain/requests/staff/handle-request";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

// Each form of the request page: its schema, one domain write, then the page again.
function handler<S extends z.ZodType>(schema: S, write: (ctx: Parameters<typeof replyToRequest>[0], input: unknown) => Promise<void>) {
  const action = formAction({
    schema,
    run: (ctx, input) => write(ctx, input),
    done: (_result, input): FormState => {
      revalidatePath(`/staff/requests/${(input as { trackingNumber: string }).trackingNumber}`);
      return { fieldErrors: {}, values: {}, done: true };
    },
  });
  return (trackingNumber: string, state: FormState, formData: FormData) => action(state, formData, { trackingNumber });
}

const reply = handler(ReplyForm, replyToRequest);
const triage = handler(TriageForm, triageRequest);
const status = handler(StatusForm, changeRequestStatus);
const publish = handler(PublishForm, publishRequest);
const unpublish = handler(UnpublishForm, unpublishRequest);

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
