"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type { HolidayFormState } from "@/components/settings/holiday-form";
import { SecuritySettingsForm } from "@/domain/accounts/schemas";
import { updateSecuritySettings } from "@/domain/accounts/security-settings";
import { deleteHoliday } from "@/domain/settings/delete-holiday";
import { saveHoliday } from "@/domain/settings/save-holiday";
import { updateDeadlines } from "@/domain/settings/update-deadlines";
import { formAction, formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

export async function updateDeadlinesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await updateDeadlines(await getCtx(), values);
  } catch (error) {
    return handleDomainError(error, values);
  }
  revalidatePath("/staff/settings");
  return { fieldErrors: {}, values, done: true };
}

export async function saveHolidayAction(_state: HolidayFormState, formData: FormData): Promise<HolidayFormState> {
  const values = formValues(formData);
  let saved: { date: string };
  try {
    saved = await saveHoliday(await getCtx(), {
      date: values.date ?? "",
      kind: values.kind ?? "",
      nameZh: values.nameZh ?? "",
      nameEn: values.nameEn ?? "",
    });
  } catch (error) {
    return handleDomainError(error, values);
  }
  revalidatePath("/staff/settings");
  // An empty form, ready for the next day; the message names the one just saved.
  return { fieldErrors: {}, values: {}, done: true, saved: saved.date };
}

/** A plain form per table row; the outcome travels in the URL so it shows without JavaScript. */
export async function deleteHolidayAction(formData: FormData) {
  const date = String(formData.get("date") ?? "");
  const year = date.slice(0, 4);
  try {
    await deleteHoliday(await getCtx(), { date });
  } catch (error) {
    const { formError } = handleDomainError(error);
    redirect(`/staff/settings?${new URLSearchParams({ year, error: formError ?? "invalid" })}#holidays`);
  }
  revalidatePath("/staff/settings");
  redirect(`/staff/settings?${new URLSearchParams({ year, deleted: date })}#holidays`);
}

/** Whether officers must set up a second factor too. */
export const updateSecurityAction = formAction({
  schema: SecuritySettingsForm,
  run: (ctx, input) => updateSecuritySettings(ctx, input),
  done: (): FormState => {
    revalidatePath("/staff/settings");
    return { fieldErrors: {}, values: {}, done: true };
  },
});
