import { getTranslations } from "next-intl/server";

import { addInfoAction, rateAction } from "@/app/(public)/track/actions";
import { ActionForm } from "@/components/ui/action-form";
import { satisfactions } from "@/lib/core/values";

const box = "w-full max-w-xl rounded border-2 border-slate-700 px-3 py-2";

/** Adding information while the request is open, and rating the handling once it is answered. */
export async function ResidentForms({
  token,
  canAddInfo,
  canRate,
  infoRequested,
}: {
  token: string;
  canAddInfo: boolean;
  canRate: boolean;
  infoRequested: boolean;
}) {
  const t = await getTranslations("track");
  return (
    <>
      {canAddInfo && (
        <section aria-labelledby="add-info-title" className="mt-6">
          <h2 id="add-info-title" className="mb-2 text-xl font-bold">
            {infoRequested ? t("answerInfo") : t("addInfo")}
          </h2>
          <ActionForm action={addInfoAction.bind(null, token)} submitLabel={t("sendInfo")} labels={{ body: t("infoLabel") }}>
            <label htmlFor="info-body" className="mb-1 block font-semibold">
              {t("infoLabel")}
            </label>
            <textarea id="info-body" name="body" rows={4} maxLength={4000} className={box} />
            <label htmlFor="info-files" className="mb-1 mt-2 block font-semibold">
              {t("infoFiles")}
            </label>
            <input id="info-files" name="attachments" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" />
          </ActionForm>
        </section>
      )}
      {canRate && (
        <section aria-labelledby="rate-title" className="mt-6">
          <h2 id="rate-title" className="mb-2 text-xl font-bold">
            {t("rateTitle")}
          </h2>
          <ActionForm
            action={rateAction.bind(null, token)}
            submitLabel={t("rateSubmit")}
            labels={{ satisfaction: t("rateTitle"), comment: t("rateComment") }}
          >
            <fieldset className="mb-3">
              <legend className="mb-1 font-semibold">{t("rateQuestion")}</legend>
              {satisfactions.map((s) => (
                <label key={s} className="flex min-h-11 items-center gap-2">
                  <input type="radio" name="satisfaction" value={s} className="h-5 w-5" /> {t(`satisfaction.${s}`)}
                </label>
              ))}
            </fieldset>
            <label htmlFor="rate-comment" className="mb-1 block font-semibold">
              {t("rateComment")}
            </label>
            <textarea id="rate-comment" name="comment" rows={3} maxLength={1000} className={`${box} mb-3`} />
          </ActionForm>
        </section>
      )}
    </>
  );
}
