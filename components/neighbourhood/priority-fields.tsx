import { getTranslations } from "next-intl/server";

import { Field } from "@/components/ui/field";
import type { PublicPriority } from "@/domain/neighbourhood/queries";

/** The fields of a priority, blank for a new one; ids keep each form's labels apart on one page. */
export async function PriorityFields({ unitId, priority }: { unitId: number; priority?: PublicPriority }) {
  const t = await getTranslations("staffNeighbourhood");
  return (
    <>
      <input type="hidden" name="unitId" value={unitId} />
      {priority && <input type="hidden" name="id" value={priority.id} />}
      <Field name="issue" label={t("issue")} defaultValue={priority?.issue} rows={2} maxLength={300} required />
      <Field name="action" label={t("action")} defaultValue={priority?.action} rows={3} maxLength={1000} required />
      <Field name="dueOn" label={t("dueOn")} hint={t("dateHint")} defaultValue={priority?.dueOn} inputMode="numeric" required />
      <Field name="outcome" label={t("outcome")} defaultValue={priority?.outcome} rows={2} maxLength={1000} />
    </>
  );
}
