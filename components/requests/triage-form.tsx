import { getLocale, getTranslations } from "next-intl/server";

import { triageAction } from "@/app/(staff)/staff/requests/[trackingNo]/actions";
import { personName, placeName, titleOf } from "@/components/officers/names";
import { PhoneLink } from "@/components/officers/phone-link";
import { unitChoices } from "@/components/officers/unit-choices";
import { ActionForm } from "@/components/ui/action-form";
import { UnitOptions } from "@/components/ui/unit-options";
import type { Locale } from "@/domain/context";
import type { getStaffRequest } from "@/domain/requests/staff/detail";
import { sixSmalls } from "@/lib/core/values";

type Detail = Awaited<ReturnType<typeof getStaffRequest>>;

const box = "w-full rounded border-2 border-slate-700 px-3 py-2";

/**
 * Class, unit and assignee. Units are grouped as the directory sorts them;
 * beside the assignee list, who answers for the village, whose staff account
 * is chosen when the request has no assignee yet.
 */
export async function TriageForm({ detail }: { detail: Detail }) {
  const t = await getTranslations("queue");
  const f = await getTranslations("feedback");
  const locale = (await getLocale()) as Locale;
  const r = detail.request;
  const responsible = detail.responsibleOfficer;
  const responsibleAccount = detail.assignees.find((a) => a.id === responsible?.accountId)?.id;
  const groups = await unitChoices(detail.units, locale, "id");
  return (
    <ActionForm
      action={triageAction.bind(null, r.trackingNumber)}
      submitLabel={t("triage")}
      labels={{ unitId: t("unit"), category: t("category"), assigneeId: t("assignee") }}
      variant="secondary"
    >
      <h3 className="mb-2 text-lg font-bold">{t("triage")}</h3>
      <div className="mb-2 grid gap-2 sm:grid-cols-3">
        <div>
          <label htmlFor="triage-category" className="block text-sm font-semibold">
            {t("category")}
          </label>
          <select id="triage-category" name="category" defaultValue={r.category ?? ""} className={box}>
            <option value="">—</option>
            {sixSmalls.map((c) => (
              <option key={c} value={c}>
                {f(`categories.${c}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="triage-unit" className="block text-sm font-semibold">
            {t("unit")}
          </label>
          <select id="triage-unit" name="unitId" defaultValue={r.unitId ?? ""} className={box}>
            <option value="">—</option>
            <UnitOptions groups={groups} />
          </select>
        </div>
        <div>
          <label htmlFor="triage-assignee" className="block text-sm font-semibold">
            {t("assignee")}
          </label>
          <select
            id="triage-assignee"
            name="assigneeId"
            defaultValue={r.assigneeId ?? responsibleAccount ?? ""}
            aria-describedby={detail.area ? "responsible-officer" : undefined}
            className={box}
          >
            <option value="">{t("unassigned")}</option>
            {detail.assignees.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {detail.area && (
            <div id="responsible-officer" className="mt-1 text-sm">
              {responsible ? (
                <>
                  <p className="font-semibold">{t("responsible", { area: placeName(detail.area, locale) })}</p>
                  <p>
                    {personName(responsible, locale)} · {titleOf(responsible, locale)} · {responsible.badgeNumber}
                    {responsible.phone && " · "}
                    <PhoneLink phone={responsible.phone} />
                  </p>
                  {responsibleAccount && !r.assigneeId && <p>{t("responsibleAccount")}</p>}
                  {!responsible.accountId && <p>{t("responsibleNoAccount")}</p>}
                  {responsible.accountId && !responsibleAccount && <p>{t("responsibleOutOfScope")}</p>}
                </>
              ) : (
                <p>{t("noResponsible", { area: placeName(detail.area, locale) })}</p>
              )}
            </div>
          )}
        </div>
      </div>
    </ActionForm>
  );
}
