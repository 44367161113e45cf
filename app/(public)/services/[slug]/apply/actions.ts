"use server";

import type { ApplicationFormState } from "@/components/services/application-form";
import { applicationSchema } from "@/domain/services/application-schema";
import { applicationFields, submitApplication } from "@/domain/services/submit-application";
import { formAction } from "@/lib/action";
import { handleDomainError } from "@/lib/errors";
import { formValues } from "@/lib/form-data";

import { receiptView } from "../../../receipt-view";

/** Each file field's chosen files, as the domain checks them. */
async function uploadsOf(names: string[], formData: FormData) {
  const entries = await Promise.all(
    names.map(async (name) => {
      const files = formData.getAll(name).filter((f): f is File => typeof f !== "string" && f.size > 0);
      return [name, await Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: Buffer.from(await f.arrayBuffer()) })))] as const;
    }),
  );
  return Object.fromEntries(entries);
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
    run: async (ctx, input, data) => submitApplication(ctx, slug, input, await uploadsOf(fileNames, data)),
    done: async (receipt): Promise<ApplicationFormState> => {
      return { fieldErrors: {}, values: {}, receipt: await receiptView(receipt) };
    },
  });
  return submit(state, formData);
}
