"use server";

import { assignResponsibleOfficer } from "@/domain/directory/save-area";
import { AssignAreasForm } from "@/domain/directory/schemas";
import { redirectAction } from "@/lib/action";

const assign = redirectAction({
  schema: AssignAreasForm,
  run: assignResponsibleOfficer,
  back: (formData) => `/staff/directory/areas?${new URLSearchParams({ unit: String(formData.get("unit") ?? "") })}`,
  outcome: (result) => ({ assigned: String(result.updated) }),
});

/** Bulk assignment of a responsible officer; the outcome travels back in the URL. */
export async function assignAreasAction(formData: FormData) {
  return assign(formData);
}
