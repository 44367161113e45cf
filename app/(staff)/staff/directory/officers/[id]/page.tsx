import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { placeName } from "@/components/officers/names";
import { EntityForm } from "@/components/ui/entity-form";
import { PageProblem } from "@/components/ui/page-problem";
import { getStaffOfficer, listStaffUnits } from "@/domain/directory/staff-queries";
import { can } from "@/domain/permissions";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { saveOfficerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staffDirectory"))("officerTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function OfficerEditPage({ params, searchParams }: Props) {
  const ctx = await getCtx();
  const { id } = await params;
  const justCreated = (await searchParams).saved === "1";
  const creating = id === "new";
  const [officer, unitList] = await Promise.all([
    creating ? readForPage(listStaffUnits(ctx).then(() => null)) : readForPage(getStaffOfficer(ctx, id)),
    readForPage(listStaffUnits(ctx)),
  ]);
  if (!officer.ok) return <PageProblem kind={officer.problem} roles={officer.roles} current={officer.current} />;
  if (!unitList.ok) return <PageProblem kind={unitList.problem} roles={unitList.roles} current={unitList.current} />;
  const t = await getTranslations("staffDirectory");
  const f = await getTranslations("officerFields");
  const o = officer.data;
  const initial: Record<string, string> = o
    ? { ...Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? "" : String(v)])) }
    : { published: "true", sort: "0" };
  const fields = [
    { name: "badgeNumber", label: f("badgeNumber"), hint: f("badgeHint") },
    { name: "nameZh", label: f("nameZh") },
    { name: "namePinyin", label: f("namePinyin"), hint: f("pinyinHint") },
    { name: "titleZh", label: f("titleZh") },
    { name: "titleEn", label: f("titleEn") },
    {
      name: "unitId",
      label: f("unit"),
      type: "select" as const,
      options: [{ value: "", label: f("choose") }, ...unitList.data.map((u) => ({ value: String(u.id), label: placeName(u, ctx.locale) }))],
    },
    { name: "phone", label: f("phone"), type: "tel" as const, hint: f("phoneHint") },
    { name: "officePhone", label: f("officePhone"), type: "tel" as const, hint: f("officePhoneHint") },
    { name: "leadershipRank", label: f("leadershipRank"), type: "number" as const, hint: f("rankHint") },
    { name: "sort", label: f("sort"), type: "number" as const },
    { name: "published", label: f("published"), type: "checkbox" as const },
  ];
  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/staff/directory">
          {t("title")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{o ? `${o.nameZh} · ${o.badgeNumber}` : t("newOfficer")}</h1>
      {justCreated && (
        <p role="status" className="mb-4 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("saved")}
        </p>
      )}
      {o && o.published && (
        <p className="mb-4">
          <Link prefetch={false} href={`/officers/${o.badgeNumber}`}>
            {t("publicPage")}
          </Link>
        </p>
      )}
      {can(ctx, "directory.edit") ? (
        <EntityForm
          schema="officer"
          fields={fields}
          initial={initial}
          submitLabel={o ? t("save") : t("create")}
          doneMessage={t("saved")}
          action={saveOfficerAction.bind(null, o ? o.id : null)}
        />
      ) : (
        <p>{t("readOnly")}</p>
      )}
    </>
  );
}
