"use client";

import { useTranslations } from "next-intl";

import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useZodForm } from "@/components/ui/use-zod-form";
import type { FormState } from "@/lib/errors";

// The server's schema, loaded with zod when the form is first used.
const loadSchema = () => import("@/domain/requests/track-form").then((module) => module.TrackForm);

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

export function TrackForm({ action }: Props) {
  const t = useTranslations("track");
  const { state, pending, formProps, field, summary, attempt } = useZodForm({ schema: loadSchema, action });
  const labels: Record<string, string> = { trackingNumber: t("trackingNumber"), accessCode: t("accessCode") };
  return (
    <form {...formProps} className="max-w-md">
      <ErrorSummary title={t("errorTitle")} errors={summary(labels)} attempt={attempt} />
      <Field {...field("trackingNumber")} label={t("trackingNumber")} defaultValue={state.values.trackingNumber} />
      <Field {...field("accessCode")} label={t("accessCode")} />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
