import { getTranslations } from "next-intl/server";

import { SubmitButton } from "@/components/ui/submit-button";
import type { StaffEvaluation } from "@/domain/evaluations/staff-queries";
import { hideReasons } from "@/lib/core/evaluation-values";

type Props = { item: StaffEvaluation; returnTo: string; action: (formData: FormData) => Promise<never> };

const select = "rounded border-2 border-slate-700 px-3 py-2";

/** A moderator's decisions on one rating: approve (masked or not), hide with a reason, or let a held rating count. */
export async function ModerationForms({ item, returnTo, action }: Props) {
  const t = await getTranslations("staffEvaluations");
  const hidden = (decision: string) => (
    <>
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="decision" value={decision} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
  return (
    <div className="flex flex-wrap items-end gap-4">
      {item.state === "held" && (
        <form action={action}>
          {hidden("count")}
          <SubmitButton variant="secondary">{t("count")}</SubmitButton>
        </form>
      )}
      {item.commentState !== null && item.commentState !== "approved" && (
        <form action={action}>
          {hidden("approve")}
          <label className="mb-2 flex items-center gap-2">
            <input type="checkbox" name="mask" value="on" defaultChecked={item.maskedPreview !== item.comment} className="h-5 w-5" />
            {t("mask")}
          </label>
          <SubmitButton>{t("approve")}</SubmitButton>
        </form>
      )}
      {item.commentState !== null && item.commentState !== "hidden" && (
        <form action={action}>
          {hidden("hide")}
          <label htmlFor={`reason-${item.id}`} className="mb-1 block font-semibold">
            {t("reason")}
          </label>
          <select id={`reason-${item.id}`} name="reason" defaultValue="" className={select}>
            <option value="">{t("chooseReason")}</option>
            {hideReasons.map((r) => (
              <option key={r} value={r}>
                {t(`reasons.${r}`)}
              </option>
            ))}
          </select>{" "}
          <SubmitButton variant="danger">{t("hide")}</SubmitButton>
        </form>
      )}
    </div>
  );
}
