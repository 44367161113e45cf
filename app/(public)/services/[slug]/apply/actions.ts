"use server";

import type { ApplicationFormState } from "@/components/services/application-form";
import { applicationSchema } from "@/domain/services/application-schema";
import { applicationFields, submitApplication } from "@/domain/services/submit-application";
import { formAction } from "@/lib/action";
import { handleDomainError } from "@/lib/errors";
import { formValues, uploadsOf } from "@/lib/form-data";

import { receiptView } from "../../../receipt-view";

/** Each file field's chosen files, by field name. */
async function uploadsByField(names: string[], formData: FormData) {
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await uploadsOf(formData, name)] as const)));
}

/** Sends an application for the service the page is about (its slug bound on the server). */
export async function applyForServiceAction(slug: string, state: ApplicationFormState, formData: FormData): Promise<ApplicationFormState> {
  let fields;
  try {
    fields = await applicationFields(slug);
  } catch (error) {
    return handleDomainError(error, formValues(formData));
  }
  const fileNames = fields.filter((f) => f.type === "file").map((f) => f.name);
  const submit = formAction({
    schema: applicationSchema(fields),
    run: async (ctx, input, data) => submitApplication(ctx, slug, input, await uploadsByField(fileNames, data)),
    done: async (receipt): Promise<ApplicationFormState> => {
      return { fieldErrors: {}, values: {}, receipt: await receiptView(receipt) };
    },
  });
  return submit(state, formData);
}
