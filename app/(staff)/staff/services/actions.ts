"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

import { ValidationError } from "@/domain/errors";
import { saveServiceDetails } from "@/domain/services/create-service";
import { GuideForm, saveServiceGuide } from "@/domain/services/edit-guide";
import {
  DefinitionRefusedError,
  PublishServiceForm,
  saveServiceDefinition,
  ServiceDefinitionForm,
  setServicePublished,
} from "@/domain/services/edit-services";
import { ServiceDetailsForm } from "@/domain/services/service-forms";
import { formAction, redirectAction } from "@/lib/action";
import type { FormState } from "@/lib/errors";

import type { DetailsState } from "./[slug]/details-form";

const publish = redirectAction({
  schema: PublishServiceForm,
  run: setServicePublished,
  back: () => "/staff/services",
  outcome: (_, input) => ({ published: input.published ? "1" : "0" }),
});

export async function publishServiceAction(formData: FormData) {
  return publish(formData);
}

const refused = "definitionRefused";

/**
 * Saves a service's form definition. A refused one comes back with its
 * reasons in the field's error, for the editor to read beside the JSON.
 */
export async function saveServiceDefinitionAction(slug: string, state: FormState, formData: FormData) {
  let reasons: string[] = [];
  const save = formAction({
    schema: ServiceDefinitionForm,
    run: async (ctx, input) => {
      try {
        await saveServiceDefinition(ctx, input);
      } catch (error) {
        if (!(error instanceof DefinitionRefusedError)) throw error;
        // Its message takes the reasons, which the wrapper does not pass: the text is put in below.
        reasons = error.reasons;
        throw new ValidationError({ fields: refused });
      }
    },
    revalidate: `/staff/services/${slug}`,
    // A fresh page says it is saved, with or without JavaScript (and keeps its title).
    done: (): FormState => redirect(`/staff/services/${slug}?definition=saved`),
  });
  const next = await save(state, formData, { slug });
  if (reasons.length === 0) return next;
  const t = await getTranslations("errors");
  return { ...next, errorTexts: { ...next.errorTexts, [refused]: t("fieldDefinition", { reason: reasons.join("; ") }) } };
}

const guide = formAction({
  schema: GuideForm,
  run: saveServiceGuide,
  revalidate: (input) => `/staff/services/${input.slug}`,
  // The page says the guide is saved, with or without JavaScript.
  done: (_, input): FormState => redirect(`/staff/services/${input.slug}?guide=saved`),
});

export async function saveServiceGuideAction(slug: string, state: FormState, formData: FormData) {
  return guide(state, formData, { slug });
}

const details = formAction({
  schema: ServiceDetailsForm,
  run: saveServiceDetails,
  revalidate: (input) => `/staff/services/${input.slug}`,
  done: (_, input): FormState => redirect(`/staff/services/${input.slug}?details=saved`),
});

const rowFields = ["materialNameZh", "materialNameEn", "materialForm", "materialCount", "unitIds"];

/** Saves materials, time limit, handling units and how residents apply; a refused form keeps its rows as sent. */
export async function saveServiceDetailsAction(slug: string, state: DetailsState, formData: FormData): Promise<DetailsState> {
  const next = await details(state, formData, { slug });
  return { ...next, lists: Object.fromEntries(rowFields.map((name) => [name, formData.getAll(name).map(String)])) };
}
