"use server";

import type { HolidayFormState } from "@/components/settings/holiday-form";
import { SecuritySettingsForm } from "@/domain/accounts/schemas";
import { updateSecuritySettings } from "@/domain/accounts/security-settings";
import { deleteHoliday } from "@/domain/settings/delete-holiday";
import { saveHoliday } from "@/domain/settings/save-holiday";
import { HolidayDateInput, HolidayForm } from "@/domain/settings/schemas";
import { DeadlinesInput, updateDeadlines } from "@/domain/settings/update-deadlines";
import { formAction, redirectAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const deadlines = formAction({ schema: DeadlinesInput, run: updateDeadlines, revalidate: "/staff/settings" });

const holiday = formAction({
  schema: HolidayForm,
  run: saveHoliday,
  revalidate: "/staff/settings",
  // An empty form, ready for the next day; the message names the one just saved.
  done: (saved): HolidayFormState => ({ fieldErrors: {}, values: {}, done: true, saved: saved.date }),
});

const removeHoliday = redirectAction({
  schema: HolidayDateInput,
  run: deleteHoliday,
  back: (formData) => `/staff/settings?${new URLSearchParams({ year: String(formData.get("date") ?? "").slice(0, 4) })}#holidays`,
  outcome: (_, input) => ({ deleted: input.date }),
});

export async function updateDeadlinesAction(state: FormState, formData: FormData) {
  return deadlines(state, formData);
}
export async function saveHolidayAction(state: HolidayFormState, formData: FormData) {
  return holiday(state, formData);
}
/** A plain form per table row; the outcome travels in the URL so it shows without JavaScript. */
export async function deleteHolidayAction(formData: FormData) {
  return removeHoliday(formData);
}

const security = formAction({ schema: SecuritySettingsForm, run: updateSecuritySettings, revalidate: "/staff/settings" });

/** Whether officers must set up a second factor too. */
export async function updateSecurityAction(state: FormState, formData: FormData) {
  return security(state, formData);
}
