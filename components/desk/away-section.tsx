import { getTranslations } from "next-intl/server";

import { cancelAwayAction, markAwayAction } from "@/app/(staff)/staff/account/actions";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { SubmitButton } from "@/components/ui/submit-button";

type Period = { id: number; fromDate: string; toDate: string };
type Props = { periods: Period[]; error?: string; saved?: string };

const input = "rounded border-2 border-slate-700 px-3 py-2";

/** An officer's away periods: while away, their villages' new questions go to the station queue. */
export async function AwaySection({ periods, error, saved }: Props) {
  const t = await getTranslations("desk");
  const success = saved === "away" ? t("awaySaved") : saved === "cancelled" ? t("awayCancelled") : null;
  return (
    <section aria-labelledby="away-title" className="mt-8">
      <h2 id="away-title" className="mb-2 text-xl font-bold">
        {t("awayTitle")}
      </h2>
      <p className="mb-3">{t("awayIntro")}</p>
      <OutcomeNotice error={error} success={success} />
      {periods.length === 0 ? (
        <p className="mb-3">{t("awayNone")}</p>
      ) : (
        <ul className="mb-3">
          {periods.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-3">
              {t("awayPeriod", { from: p.fromDate, to: p.toDate })}
              <form action={cancelAwayAction}>
                <input type="hidden" name="id" value={p.id} />
                <SubmitButton variant="secondary">{t("awayCancel")}</SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form action={markAwayAction} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="away-from" className="mb-1 block font-semibold">
            {t("awayFrom")}
          </label>
          <input id="away-from" name="fromDate" type="date" required className={input} />
        </div>
        <div>
          <label htmlFor="away-to" className="mb-1 block font-semibold">
            {t("awayTo")}
          </label>
          <input id="away-to" name="toDate" type="date" required className={input} />
        </div>
        <SubmitButton>{t("awaySave")}</SubmitButton>
      </form>
    </section>
  );
}
