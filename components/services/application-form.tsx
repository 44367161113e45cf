"use client";

import { useLocale, useTranslations } from "next-intl";

import { Receipt, type ReceiptView } from "@/components/feedback/receipt";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useZodForm } from "@/components/ui/use-zod-form";
import type { FieldSpec } from "@/domain/services/field-definition";
import { MAX_FILE_BYTES } from "@/lib/core/upload-limits.mjs";
import type { FormState } from "@/lib/errors";

import { ApplicationField } from "./application-field";

export type ApplicationFormState = FormState & { receipt?: ReceiptView };

type Props = {
  fields: FieldSpec[];
  idempotencyKey: string;
  /** A signed-in resident's name and email, filled in. */
  contact: { contactName: string; contactEmail: string };
  action: (state: ApplicationFormState, formData: FormData) => Promise<ApplicationFormState>;
};

/** A file over the size limit is refused before it travels: the server checks the same again. */
function fileProblems(fields: FieldSpec[]) {
  return (form: HTMLFormElement): Record<string, string> => {
    const problems: Record<string, string> = {};
    for (const field of fields.filter((f) => f.type === "file")) {
      const files = Array.from((form.elements.namedItem(field.name) as HTMLInputElement | null)?.files ?? []);
      if (files.some((file) => file.size > MAX_FILE_BYTES)) problems[field.name] = "fileTooLarge";
    }
    return problems;
  };
}

/** The form generated from a service's field definition, checked in the browser by the schema the server uses. */
export function ApplicationForm({ fields, idempotencyKey, contact, action }: Props) {
  const t = useTranslations("services");
  const en = useLocale() === "en";
  const { state, pending, formProps, field, summary, attempt } = useZodForm({
    schema: () => import("@/domain/services/application-schema").then((m) => m.applicationSchema(fields)),
    action,
    check: fileProblems(fields),
  });
  if (state.receipt) return <Receipt receipt={state.receipt} />;
  const v = state.values;
  const labels: Record<string, string> = {
    contactName: t("contactName"),
    contactPhone: t("contactPhone"),
    contactEmail: t("contactEmail"),
    ...Object.fromEntries(fields.map((f) => [f.name, en ? f.labelEn : f.labelZh])),
    idempotencyKey: t("send"),
  };
  return (
    <form {...formProps} encType="multipart/form-data">
      <ErrorSummary title={t("errorTitle")} errors={summary(labels)} attempt={attempt} />
      {/* A form sent back with an error keeps its key: sent again, it cannot be saved twice. */}
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || idempotencyKey} />
      <fieldset className="mb-4 min-w-0">
        <legend className="mb-3 text-xl font-bold">{t("detailsTitle")}</legend>
        {fields.map((spec) => {
          const { error, register } = field(spec.name);
          return <ApplicationField key={spec.name} spec={spec} error={error} register={register} defaultValue={v[spec.name]} />;
        })}
      </fieldset>
      <fieldset className="mb-4 min-w-0">
        <legend className="mb-3 text-xl font-bold">{t("contactTitle")}</legend>
        <Field
          {...field("contactName")}
          label={t("contactName")}
          defaultValue={v.contactName ?? contact.contactName}
          autoComplete="name"
          required
        />
        <Field {...field("contactPhone")} label={t("contactPhone")} type="tel" defaultValue={v.contactPhone} autoComplete="tel" required />
        <Field
          {...field("contactEmail")}
          label={t("contactEmail")}
          type="email"
          defaultValue={v.contactEmail ?? contact.contactEmail}
          autoComplete="email"
        />
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}
