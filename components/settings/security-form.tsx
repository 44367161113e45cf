"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormErrors } from "@/components/ui/use-error-text";
import type { FormState } from "@/lib/errors";

type Props = { officersNeedSecondFactor: boolean; action: (state: FormState, formData: FormData) => Promise<FormState> };

/** Whether officers must set up a second factor too; a plain form without JavaScript. */
export function SecurityForm({ officersNeedSecondFactor, action }: Props) {
  const t = useTranslations("settings.security");
  const form = useTranslations("form");
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const { summary } = useFormErrors(state, { officersNeedSecondFactor: t("officers") });
  return (
    <form action={formAction} className="mb-4 max-w-2xl">
      <ErrorSummary title={form("errorTitle")} errors={summary} />
      {state.done && summary.length === 0 && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("saved")}
        </p>
      )}
      <div className="mb-4 flex items-start gap-2">
        <input
          id="officersNeedSecondFactor"
          name="officersNeedSecondFactor"
          type="checkbox"
          defaultChecked={officersNeedSecondFactor}
          aria-describedby="officersNeedSecondFactor-hint"
          className="mt-1 h-6 w-6 shrink-0"
        />
        <div>
          <label htmlFor="officersNeedSecondFactor" className="font-semibold">
            {t("officers")}
          </label>
          <p id="officersNeedSecondFactor-hint" className="text-sm text-slate-700">
            {t("officersHint")}
          </p>
        </div>
      </div>
      <SubmitButton pendingLabel={form("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
