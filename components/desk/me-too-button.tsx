"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { SubmitButton } from "@/components/ui/submit-button";
import { useErrorText } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

type MeTooState = FormState & { count?: number };
type Props = { trackingNumber: string; count: number; action: (state: MeTooState, formData: FormData) => Promise<MeTooState> };

/** "This affects me too", with how many have said so; works without JavaScript. */
export function MeTooButton({ trackingNumber, count, action }: Props) {
  const t = useTranslations("desk");
  const [state, send, pending] = useActionState(action, { fieldErrors: {}, values: {} });
  const errorText = useErrorText(state.errorTexts);
  const error = state.formError ?? state.fieldErrors.trackingNumber;
  const shown = state.count ?? count;
  return (
    <form action={send} className="mt-3 flex flex-wrap items-center gap-3">
      <input type="hidden" name="trackingNumber" value={trackingNumber} />
      <SubmitButton variant="secondary" pending={pending}>
        {t("meToo")}
      </SubmitButton>
      <span>{t("meTooCount", { count: shown })}</span>
      {state.done && (
        <span role="status" className="font-semibold text-emerald-800">
          {t("meTooThanks")}
        </span>
      )}
      {error && (
        <span role="alert" className="font-semibold text-red-700">
          {errorText(error, state.errorParams)}
        </span>
      )}
    </form>
  );
}
