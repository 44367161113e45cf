"use server";

import { revalidatePath } from "next/cache";

import { ReassignForm, reassignQuestion } from "@/domain/desk/reassign-question";
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

const done = (trackingNumber: string): FormState => {
  revalidatePath(`/staff/requests/${trackingNumber}`);
  return { fieldErrors: {}, values: {}, done: true };
};

const reply = formAction({ schema: ReplyForm, run: replyToRequest, done: (_, input) => done(input.trackingNumber) });
const triage = formAction({ schema: TriageForm, run: triageRequest, done: (_, input) => done(input.trackingNumber) });
const status = formAction({ schema: StatusForm, run: changeRequestStatus, done: (_, input) => done(input.trackingNumber) });
const publish = formAction({ schema: PublishForm, run: publishRequest, done: (_, input) => done(input.trackingNumber) });
const reassign = formAction({ schema: ReassignForm, run: reassignQuestion, done: (_, input) => done(input.trackingNumber) });
const unpublish = formAction({ schema: UnpublishForm, run: unpublishRequest, done: (_, input) => done(input.trackingNumber) });

export async function replyAction(trackingNumber: string, state: FormState, formData: FormData) {
  return reply(state, formData, { trackingNumber });
}
export async function triageAction(trackingNumber: string, state: FormState, formData: FormData) {
  return triage(state, formData, { trackingNumber });
}
export async function statusAction(trackingNumber: string, state: FormState, formData: FormData) {
  return status(state, formData, { trackingNumber });
}
export async function publishAction(trackingNumber: string, state: FormState, formData: FormData) {
  return publish(state, formData, { trackingNumber });
}
export async function unpublishAction(trackingNumber: string, state: FormState, formData: FormData) {
  return unpublish(state, formData, { trackingNumber });
}
export async function reassignAction(trackingNumber: string, state: FormState, formData: FormData) {
  return reassign(state, formData, { trackingNumber });
}
