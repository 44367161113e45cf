"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { saveOfficer, setOfficerPublished } from "@/domain/directory/save-officer";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

export async function saveOfficerAction(officerId: number | null, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let saved: { id: number };
  try {
    saved = await saveOfficer(await getCtx(), officerId, {
      ...Object.fromEntries(formData),
      published: formData.get("published") ?? "false",
    });
  } catch (error) {
    return handleDomainError(error, values);
  }
  revalidatePath("/staff/directory");
  if (officerId === null) redirect(`/staff/directory/officers/${saved.id}?saved=1`);
  return { fieldErrors: {}, values, done: true };
}

export async function setOfficerPublishedAction(formData: FormData) {
  try {
    await setOfficerPublished(await getCtx(), {
      officerId: String(formData.get("officerId")),
      published: formData.get("published") === "true" ? "true" : "false",
    });
  } catch (error) {
    handleDomainError(error);
  }
  revalidatePath("/staff/directory");
}
