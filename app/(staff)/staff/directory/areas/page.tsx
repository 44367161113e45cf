import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { AreaAssignment } from "@/components/directory/area-assignment";
import { placeName } from "@/components/officers/names";
import { PageProblem } from "@/components/ui/page-problem";
import { listStaffAreas, listStaffUnits } from "@/domain/directory/staff-queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffDirectory"))("areasLink") };
}

type Props = { searchParams: Promise<{ unit?: string; q?: string; assigned?: string; error?: string }> };

export default async function StaffAreasPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const units = await readForPage(listStaffUnits(ctx));
  if (!units.ok) return <PageProblem kind={units.problem} roles={units.roles} current={units.current} />;
  const t = await getTranslations("staffDirectory");
  const withAreas = units.data.filter((u) => u.kind === "station");
  const list = params.unit ? await readForPage(listStaffAreas(ctx, { unit: params.unit, q: params.q })) : null;
  if (list && !list.ok) return <PageProblem kind={list.problem} roles={list.roles} current={list.current} />;
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/staff/directory">
          {t("title")}
        </Link>
      </p>
      <h1 className="mb-3 text-2xl font-bold">{t("areasLink")}</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="unit" className="mb-1 block font-semibold">
            {t("unit")}
          </label>
          <select id="unit" name="unit" defaultValue={params.unit ?? ""} className="rounded border-2 border-slate-700 px-2 py-2">
            <option value="">{t("chooseUnit")}</option>
            {withAreas.map((u) => (
              <option key={u.id} value={u.id}>
                {placeName(u, ctx.locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="mb-1 block font-semibold">
            {t("areaSearch")}
          </label>
          <input id="q" name="q" type="search" defaultValue={params.q ?? ""} className="rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
          {t("show")}
        </button>
      </form>
      {list?.ok && <AreaAssignment ctx={ctx} list={list.data} assigned={params.assigned} error={params.error} />}
    </>
  );
}
