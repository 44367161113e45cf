"use server";

import { revalidatePath } from "next/cache";

import { deleteTemplate, saveTemplate } from "@/domain/requests/templates";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

export async function saveTemplateAction(templateId: number | null, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await saveTemplate(await getCtx(), templateId, Object.fromEntries(formData));
  } catch (error) {
    return handleDomainError(error, values);
  }
  revalidatePath("/staff/templates");
  return { fieldErrors: {}, values: templateId === null ? {} : values, done: true };
}

export async function deleteTemplateAction(formData: FormData) {
  try {
    await deleteTemplate(await getCtx(), formData.get("templateId"));
  } catch (error) {
    handleDomainError(error);
  }
  revalidatePath("/staff/templates");
}
