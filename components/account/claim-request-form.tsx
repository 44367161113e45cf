import { getTranslations } from "next-intl/server";

import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/errors";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

/** Tracking number and access code from a receipt, to link that request to this account; a plain form without JavaScript. */
export async function ClaimRequestForm({ action }: Props) {
  const t = await getTranslations("account");
  return (
    <ActionForm
      action={action}
      submitLabel={t("claimSubmit")}
      labels={{ trackingNumber: t("claimTrackingNumber"), accessCode: t("claimAccessCode") }}
    >
      <Field name="trackingNumber" label={t("claimTrackingNumber")} maxLength={40} autoComplete="off" />
      <Field name="accessCode" label={t("claimAccessCode")} maxLength={40} autoComplete="off" />
    </ActionForm>
  );
}
