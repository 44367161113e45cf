"use server";

import { assignRequests, AssignRequestsForm } from "@/domain/requests/staff/assign-requests";
import { redirectAction } from "@/lib/action";

const assign = redirectAction({
  schema: AssignRequestsForm,
  run: assignRequests,
  back: (formData) => String(formData.get("returnTo") ?? "/staff/requests"),
  outcome: (result) => ({ assigned: String(result.assigned) }),
});

/** Bulk assignment; the outcome travels back in the URL so the queue shows it without JavaScript. */
export async function assignRequestsAction(formData: FormData) {
  return assign(formData);
}
