"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { assignResponsibleOfficer } from "@/domain/directory/save-area";
import { ValidationError } from "@/domain/errors";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError } from "@/lib/errors";

/** Bulk assignment; the outcome travels back in the URL so the page shows it without JavaScript. */
export async function assignAreasAction(formData: FormData) {
  const unit = String(formData.get("unit") ?? "");
  let result: { updated: number };
  try {
    result = await assignResponsibleOfficer(await getCtx(), {
      areaIds: formData.getAll("areaIds").map(String),
      responsibleOfficerId: String(formData.get("responsibleOfficerId") ?? ""),
    });
  } catch (error) {
    const key = error instanceof ValidationError ? Object.values(error.fieldErrors)[0] : handleDomainError(error).formError;
    redirect(`/staff/directory/areas?${new URLSearchParams({ unit, error: key ?? "invalid" })}`);
  }
  revalidatePath("/staff/directory/areas");
  redirect(`/staff/directory/areas?${new URLSearchParams({ unit, assigned: String(result.updated) })}`);
}
