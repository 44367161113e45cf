import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { placeName } from "@/components/officers/names";
import { EntityForm } from "@/components/ui/entity-form";
import { PageProblem } from "@/components/ui/page-problem";
import { getStaffArea, listResponsibleCandidates, listStaffUnits } from "@/domain/directory/staff-queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { saveAreaAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffDirectory"))("areaTitle") };
}

export default async function AreaEditPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getCtx();
  const area = await readForPage(getStaffArea(ctx, (await params).id));
  if (!area.ok) return <PageProblem kind={area.problem} roles={area.roles} current={area.current} />;
  const a = area.data;
  const [units, list] = await Promise.all([readForPage(listStaffUnits(ctx)), readForPage(listResponsibleCandidates(ctx, a.unitId))]);
  if (!units.ok) return <PageProblem kind={units.problem} roles={units.roles} current={units.current} />;
  if (!list.ok) return <PageProblem kind={list.problem} roles={list.roles} current={list.current} />;
  const t = await getTranslations("staffDirectory");
  const f = await getTranslations("areaFields");
  const fields = [
    { name: "nameZh", label: f("nameZh") },
    { name: "nameEn", label: f("nameEn") },
    { name: "namePinyin", label: f("namePinyin"), hint: f("pinyinHint") },
    {
      name: "kind",
      label: f("kind"),
      type: "select" as const,
      options: [
        { value: "village", label: f("village") },
        { value: "community", label: f("community") },
      ],
    },
    {
      name: "unitId",
      label: f("unit"),
      type: "select" as const,
      options: units.data.filter((u) => u.kind === "station").map((u) => ({ value: String(u.id), label: placeName(u, ctx.locale) })),
    },
    {
      name: "responsibleOfficerId",
      label: f("responsibleOfficer"),
      type: "select" as const,
      options: [
        { value: "", label: t("nobody") },
        ...list.data.map((o) => ({ value: String(o.id), label: `${ctx.locale === "en" ? o.namePinyin : o.nameZh} (${o.badgeNumber})` })),
      ],
    },
  ];
  const initial = Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v === null ? "" : String(v)]));
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href={`/staff/directory/areas?unit=${a.unitId}`}>
          {t("areasLink")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{placeName(a, ctx.locale)}</h1>
      {can(ctx, "directory.edit") ? (
        <EntityForm
          schema="area"
          fields={fields}
          initial={initial}
          submitLabel={t("save")}
          doneMessage={t("saved")}
          action={saveAreaAction.bind(null, a.id)}
        />
      ) : (
        <p>{t("readOnly")}</p>
      )}
    </>
  );
}
