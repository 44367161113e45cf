"use server";

import { z } from "zod";

import { deleteTemplate, saveTemplate, TemplateForm, TemplateIdInput } from "@/domain/requests/templates";
import { formAction, redirectAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const save = formAction({
  schema: TemplateForm.extend({ templateId: z.number().nullable() }),
  run: (ctx, input) => saveTemplate(ctx, input.templateId, input),
  revalidate: "/staff/templates",
  // A new template's form is emptied for the next one.
  done: (_, input): FormState => ({
    fieldErrors: {},
    values: input.templateId === null ? {} : { title: input.title, bodyZh: input.bodyZh, bodyEn: input.bodyEn },
    done: true,
  }),
});

const remove = redirectAction({
  schema: TemplateIdInput,
  run: deleteTemplate,
  back: () => "/staff/templates",
  outcome: () => ({ deleted: "1" }),
});

export async function saveTemplateAction(templateId: number | null, state: FormState, formData: FormData) {
  return save(state, formData, { templateId });
}

export async function deleteTemplateAction(formData: FormData) {
  return remove(formData);
}
