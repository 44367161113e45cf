"use server";

import { revalidatePath } from "next/cache";

import { saveArea } from "@/domain/directory/save-area";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

export async function saveAreaAction(areaId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    await saveArea(await getCtx(), areaId, Object.fromEntries(formData));
  } catch (error) {
    return handleDomainError(error, values);
  }
  revalidatePath("/staff/directory/areas");
  return { fieldErrors: {}, values, done: true };
}
