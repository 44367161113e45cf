import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { placeName } from "@/components/officers/names";
import { PageProblem } from "@/components/ui/page-problem";
import { listStaffUnits } from "@/domain/directory/staff-queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

type StaffUnit = Awaited<ReturnType<typeof listStaffUnits>>[number];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffDirectory"))("unitsLink") };
}

export default async function StaffUnitsPage() {
  const ctx = await getCtx();
  const read = await readForPage(listStaffUnits(ctx));
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const t = await getTranslations("staffDirectory");
  const byParent = new Map<number | null, StaffUnit[]>();
  for (const u of read.data) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
  const tree = (parentId: number | null) => {
    const children = byParent.get(parentId);
    if (!children) return null;
    return (
      <ul className={parentId === null ? "" : "ml-5 border-l border-slate-300 pl-3"}>
        {children.map((u) => (
          <li key={u.id} className="py-1">
            <Link prefetch={false} href={`/staff/directory/units/${u.id}`}>
              {placeName(u, ctx.locale)}
            </Link>{" "}
            <Link prefetch={false} href={`/staff/directory/areas?unit=${u.id}`} className="text-sm">
              {t("areasOf")}
            </Link>
            {tree(u.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/staff/directory">
          {t("title")}
        </Link>
      </p>
      <h1 className="mb-3 text-2xl font-bold">{t("unitsLink")}</h1>
      {can(ctx, "directory.edit") && (
        <p className="mb-3">
          <Link prefetch={false} href="/staff/directory/units/new">
            {t("newUnit")}
          </Link>
        </p>
      )}
      {tree(null)}
    </>
  );
}
