import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { assignAreasAction } from "@/app/(staff)/staff/directory/areas/actions";
import { OutcomeNotice } from "@/components/ui/outcome-notice";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Ctx } from "@/domain/context";
import type { listStaffAreas } from "@/domain/directory/staff-queries";
import { can } from "@/domain/permissions";

type Props = { ctx: Ctx; list: Awaited<ReturnType<typeof listStaffAreas>>; assigned?: string; error?: string };

/** A station's areas with checkboxes, and one officer to make responsible for the ticked ones. */
export async function AreaAssignment({ ctx, list, assigned, error }: Props) {
  const t = await getTranslations("staffDirectory");
  const editor = can(ctx, "directory.edit");
  const en = ctx.locale === "en";
  return (
    <form action={assignAreasAction}>
      <input type="hidden" name="unit" value={list.unit} />
      <OutcomeNotice error={error} success={assigned ? t("assigned", { count: Number(assigned) || 0 }) : null} />
      {editor && (
        <fieldset className="mb-4 flex flex-wrap items-end gap-2 rounded border border-slate-300 p-3">
          <legend className="px-1 font-semibold">{t("assignLegend")}</legend>
          <div>
            <label htmlFor="responsibleOfficerId" className="mb-1 block">
              {t("responsibleOfficer")}
            </label>
            <select id="responsibleOfficerId" name="responsibleOfficerId" className="rounded border-2 border-slate-700 px-2 py-2">
              <option value="">{t("chooseOfficer")}</option>
              {list.candidates.map((o) => (
                <option key={o.id} value={o.id}>
                  {(en ? o.namePinyin : o.nameZh) + ` (${o.badgeNumber})`}
                </option>
              ))}
            </select>
          </div>
          <SubmitButton>{t("assign")}</SubmitButton>
        </fieldset>
      )}
      <p className="mb-2 text-sm text-slate-700">{t("areaCount", { count: list.areas.length })}</p>
      <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {list.areas.map((a) => (
          <li key={a.id} className="flex items-center gap-2">
            {editor && <input type="checkbox" name="areaIds" value={a.id} id={`area-${a.id}`} className="h-5 w-5" />}
            <label htmlFor={`area-${a.id}`}>{en ? a.nameEn : a.nameZh}</label>
            <span className="text-sm text-slate-700">— {a.officerId ? (en ? a.officerPinyin : a.officerNameZh) : t("nobody")}</span>
            <Link
              prefetch={false}
              href={`/staff/directory/areas/${a.id}`}
              className="text-sm"
              aria-label={t("editArea", { name: en ? a.nameEn : a.nameZh })}
            >
              {t("edit")}
            </Link>
          </li>
        ))}
      </ul>
    </form>
  );
}
