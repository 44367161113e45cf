"use server";

import { redirect } from "next/navigation";

import { makePriorityFromRequest, PriorityFromRequestForm } from "@/domain/neighbourhood/priority-from-request";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

// Back to the request, which now shows the priority: a form that kept its values could be sent twice.
const make = formAction({
  schema: PriorityFromRequestForm,
  run: makePriorityFromRequest,
  revalidate: "/neighbourhood",
  done: (_, input) => redirect(`/staff/requests/${input.trackingNumber}?priority=made#priority-title`),
});

/** Makes a published, backed report one of its station's neighbourhood priorities. */
export async function makePriorityAction(trackingNumber: string, state: FormState, formData: FormData): Promise<FormState> {
  return make(state, formData, { trackingNumber });
}
