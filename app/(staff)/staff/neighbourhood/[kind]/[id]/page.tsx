import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PriorityFields, priorityLabels } from "@/components/neighbourhood/priority-fields";
import { VisitFields } from "@/components/neighbourhood/visit-fields";
import { visitLabels } from "@/components/neighbourhood/visit-labels";
import { placeName } from "@/components/officers/names";
import { ActionForm } from "@/components/ui/action-form";
import { PageProblem } from "@/components/ui/page-problem";
import { getStaffNeighbourhoodItem } from "@/domain/neighbourhood/staff-queries";
import { getCtx } from "@/lib/auth/context";
import { readForPage } from "@/lib/errors";

import { savePriorityAction, saveVisitAction } from "../../actions";

type Props = { params: Promise<{ kind: string; id: string }> };
const kinds = { priorities: "priority", visits: "visit" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("staffNeighbourhood");
  return { title: (await params).kind === "visits" ? t("editVisit") : t("editPriority") };
}

/** Edits a station's priority (its outcome, in time) or visit (its summary, afterwards). */
export default async function EditNeighbourhoodItemPage({ params }: Props) {
  const { kind: segment, id } = await params;
  const kind = kinds[segment as keyof typeof kinds];
  if (!kind) return <PageProblem kind="notFound" />;
  const ctx = await getCtx();
  const read = await readForPage(getStaffNeighbourhoodItem(ctx, kind, id), `/staff/neighbourhood/${segment}/${id}`);
  if (!read.ok) return <PageProblem kind={read.problem} roles={read.roles} current={read.current} />;
  const { station, visit, priority, ...choices } = read.data;
  const t = await getTranslations("staffNeighbourhood");
  return (
    <>
      <p className="mb-2">
        <a href={`/staff/neighbourhood?unit=${station.slug}`}>{t("title")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{kind === "visit" ? t("editVisit") : t("editPriority")}</h1>
      <p className="mb-4">{placeName(station, ctx.locale)}</p>
      {priority?.source && (
        <p className="mb-4">
          <a href={`/staff/requests/${priority.source.trackingNumber}`}>
            {t("fromReport", { trackingNumber: priority.source.trackingNumber })}
          </a>
        </p>
      )}
      <div className="max-w-2xl">
        {visit && (
          <ActionForm action={saveVisitAction} submitLabel={t("save")} labels={await visitLabels()}>
            <VisitFields unitId={station.id} choices={choices} locale={ctx.locale} visit={visit} />
          </ActionForm>
        )}
        {priority && (
          <ActionForm action={savePriorityAction} submitLabel={t("save")} labels={await priorityLabels()}>
            <PriorityFields unitId={station.id} priority={priority} />
          </ActionForm>
        )}
      </div>
    </>
  );
}
