"use server";

import { redirect } from "next/navigation";
import { z } from "zod";

import { saveOfficer, setOfficerPublished, SetPublishedInput } from "@/domain/directory/save-officer";
import { OfficerForm } from "@/domain/directory/schemas";
import { formAction, redirectAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

const save = formAction({
  schema: OfficerForm.extend({ officerId: z.number().nullable() }),
  run: (ctx, input) => saveOfficer(ctx, input.officerId, input),
  revalidate: "/staff/directory",
  done: (saved, input): FormState => {
    if (input.officerId === null) redirect(`/staff/directory/officers/${saved.id}?saved=1`);
    return { fieldErrors: {}, values: {}, done: true };
  },
});

const publish = redirectAction({
  schema: SetPublishedInput.extend({ returnTo: z.string().max(2000).optional() }),
  run: setOfficerPublished,
  back: (formData) => String(formData.get("returnTo") ?? "/staff/directory"),
});

export async function saveOfficerAction(officerId: number | null, state: FormState, formData: FormData) {
  return save(state, formData, { officerId });
}

/** Publish or unpublish from the directory's list; the outcome travels back in the URL. */
export async function setOfficerPublishedAction(formData: FormData) {
  return publish(formData);
}
