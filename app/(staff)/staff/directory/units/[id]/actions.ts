"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { saveUnit } from "@/domain/directory/save-unit";
import { formValues } from "@/lib/action";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

export async function saveUnitAction(unitId: number | null, _state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let saved: { id: number };
  try {
    saved = await saveUnit(await getCtx(), unitId, { ...Object.fromEntries(formData), rural: formData.get("rural") ?? "false" });
  } catch (error) {
    return handleDomainError(error, values);
  }
  revalidatePath("/staff/directory/units");
  if (unitId === null) redirect(`/staff/directory/units/${saved.id}`);
  return { fieldErrors: {}, values, done: true };
}
