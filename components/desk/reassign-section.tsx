import { getLocale, getTranslations } from "next-intl/server";

import { reassignAction } from "@/app/(staff)/staff/requests/[trackingNo]/actions";
import { placeName } from "@/components/officers/names";
import { ActionForm } from "@/components/ui/action-form";
import type { Locale } from "@/domain/context";
import type { getStaffRequest } from "@/domain/requests/staff/detail";

type Detail = Awaited<ReturnType<typeof getStaffRequest>>;

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

/**
 * A moderator hands an open desk question to another officer of its station,
 * to the station's queue, or to another station's queue, saying why. The
 * resident's deadlines do not move.
 */
export async function ReassignSection({ detail }: { detail: Detail }) {
  const t = await getTranslations("desk.reassign");
  const locale = (await getLocale()) as Locale;
  const r = detail.request;
  const officers = detail.assignees.filter((a) => a.role === "officer" && a.id !== r.assigneeId);
  const stations = detail.units.filter((u) => (u.kind === "station" || u.kind === "work_station") && u.id !== r.unitId);
  return (
    <section aria-labelledby="reassign-title" className="mb-6">
      <h2 id="reassign-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 max-w-2xl text-sm">{t("intro")}</p>
      <ActionForm
        action={reassignAction.bind(null, r.trackingNumber)}
        submitLabel={t("submit")}
        labels={{ assigneeId: t("assignee"), unitId: t("unit"), reason: t("reason") }}
        variant="secondary"
      >
        <div className="mb-3 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor="assigneeId" className="block font-semibold">
              {t("assignee")}
            </label>
            <select id="assigneeId" name="assigneeId" defaultValue="" className={box}>
              <option value="">{t("queue")}</option>
              {officers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="unitId" className="block font-semibold">
              {t("unit")}
            </label>
            <select id="unitId" name="unitId" defaultValue="" className={box}>
              <option value="">{t("sameUnit")}</option>
              {stations.map((u) => (
                <option key={u.id} value={u.id}>
                  {placeName(u, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label htmlFor="reason" className="block font-semibold">
          {t("reason")}
        </label>
        <p id="reason-hint" className="mb-1 text-sm text-slate-600">
          {t("reasonHint")}
        </p>
        <textarea id="reason" name="reason" rows={2} maxLength={1000} aria-describedby="reason-hint" className={box} />
      </ActionForm>
    </section>
  );
}
