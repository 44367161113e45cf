"use server";

import { redirect } from "next/navigation";

import { createService } from "@/domain/services/create-service";
import { NewServiceForm } from "@/domain/services/service-forms";
import { formAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const create = formAction({
  schema: NewServiceForm,
  run: createService,
  revalidate: "/staff/services",
  // The new service's editor, to complete its guide, materials and form before publishing it.
  done: (created): FormState => redirect(`/staff/services/${created.slug}?created=1`),
});

export async function createServiceAction(state: FormState, formData: FormData) {
  return create(state, formData);
}
