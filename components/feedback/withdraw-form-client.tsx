"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import type { WithdrawState } from "@/app/(public)/track/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormErrors } from "@/components/ui/use-error-text";

type Props = { action: (state: WithdrawState, formData: FormData) => Promise<WithdrawState>; keepHref: string };

/**
 * Withdrawing in two steps, the same with JavaScript and without: the first
 * post comes back asking, and only the second, with confirm=yes, withdraws.
 */
export function WithdrawFormClient({ action, keepHref }: Props) {
  const t = useTranslations("track");
  const form = useTranslations("form");
  const [state, formAction] = useActionState(action, { fieldErrors: {}, values: {} });
  const { summary: errors } = useFormErrors(state, {});
  if (!state.confirming) {
    return (
      <form action={formAction}>
        <ErrorSummary title={form("errorTitle")} errors={errors} />
        <p className="mb-2 text-sm text-slate-700">{t("withdrawHint")}</p>
        <SubmitButton variant="secondary" pendingLabel={form("saving")}>
          {t("withdraw")}
        </SubmitButton>
      </form>
    );
  }
  return (
    <form action={formAction} aria-labelledby="withdraw-confirm-title" className="rounded border-4 border-red-700 p-4">
      <h2 id="withdraw-confirm-title" tabIndex={-1} autoFocus className="mb-2 text-xl font-bold">
        {t("withdrawConfirmTitle")}
      </h2>
      <p className="mb-3">{t("withdrawConfirmBody")}</p>
      <input type="hidden" name="confirm" value="yes" />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="danger" pendingLabel={form("saving")}>
          {t("withdrawConfirm")}
        </SubmitButton>
        <a href={keepHref} className="font-semibold">
          {t("withdrawKeep")}
        </a>
      </div>
    </form>
  );
}
