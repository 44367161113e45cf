import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { placeName } from "@/components/officers/names";
import { EntityForm } from "@/components/ui/entity-form";
import { PageProblem } from "@/components/ui/page-problem";
import { getStaffUnit, listStaffUnits } from "@/domain/directory/staff-queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { unitKinds } from "@/lib/core/values";
import { readForPage } from "@/lib/errors";

import { saveUnitAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffDirectory"))("unitTitle") };
}

export default async function UnitEditPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getCtx();
  const { id } = await params;
  const [unit, all] = await Promise.all([
    id === "new" ? readForPage(Promise.resolve(null)) : readForPage(getStaffUnit(ctx, id)),
    readForPage(listStaffUnits(ctx)),
  ]);
  if (!all.ok) return <PageProblem kind={all.problem} roles={all.roles} current={all.current} />;
  if (!unit.ok) return <PageProblem kind={unit.problem} roles={unit.roles} current={unit.current} />;
  const t = await getTranslations("staffDirectory");
  const f = await getTranslations("unitFields");
  const kinds = await getTranslations("units.kinds");
  const u = unit.data;
  const initial = u
    ? Object.fromEntries(Object.entries(u).map(([k, v]) => [k, v === null ? "" : String(v)]))
    : { kind: "station", sort: "0" };
  const fields = [
    { name: "slug", label: f("slug"), hint: f("slugHint") },
    { name: "nameZh", label: f("nameZh") },
    { name: "nameEn", label: f("nameEn") },
    { name: "kind", label: f("kind"), type: "select" as const, options: unitKinds.map((k) => ({ value: k, label: kinds(k) })) },
    { name: "rural", label: f("rural"), type: "checkbox" as const },
    {
      name: "parentId",
      label: f("parent"),
      type: "select" as const,
      options: [
        { value: "", label: f("noParent") },
        ...all.data.filter((p) => p.id !== u?.id).map((p) => ({ value: String(p.id), label: placeName(p, ctx.locale) })),
      ],
    },
    { name: "addressZh", label: f("addressZh") },
    { name: "addressEn", label: f("addressEn") },
    { name: "dutyPhone", label: f("dutyPhone"), type: "tel" as const },
    { name: "hoursZh", label: f("hoursZh") },
    { name: "hoursEn", label: f("hoursEn") },
    { name: "sort", label: f("sort"), type: "number" as const },
  ];
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/staff/directory/units">
          {t("unitsLink")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{u ? placeName(u, ctx.locale) : t("newUnit")}</h1>
      {can(ctx, "directory.edit") ? (
        <EntityForm
          schema="unit"
          fields={fields}
          initial={initial}
          submitLabel={u ? t("save") : t("create")}
          doneMessage={t("saved")}
          action={saveUnitAction.bind(null, u ? u.id : null)}
        />
      ) : (
        <p>{t("readOnly")}</p>
      )}
    </>
  );
}
