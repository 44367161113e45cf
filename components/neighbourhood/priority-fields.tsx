import { getTranslations } from "next-intl/server";

import { Field } from "@/components/ui/field";

type PriorityTexts = {
  issue: string;
  issueEn: string;
  action: string;
  actionEn: string;
  dueOn: string;
  outcome: string;
  outcomeEn: string;
};

/** The fields of a priority, blank for a new one (or prefilled from a resident's report); each text in Chinese, English or both. */
export async function PriorityFields({ unitId, priority }: { unitId?: number; priority?: Partial<PriorityTexts> & { id?: number } }) {
  const t = await getTranslations("staffNeighbourhood");
  return (
    <>
      {unitId !== undefined && <input type="hidden" name="unitId" value={unitId} />}
      {priority?.id !== undefined && <input type="hidden" name="id" value={priority.id} />}
      <p className="mb-3 text-sm text-slate-700">{t("bilingualHint")}</p>
      <Field name="issue" label={t("issue")} defaultValue={priority?.issue} rows={2} maxLength={300} />
      <Field name="issueEn" label={t("issueEn")} defaultValue={priority?.issueEn} rows={2} maxLength={300} />
      <Field name="action" label={t("action")} defaultValue={priority?.action} rows={3} maxLength={1000} />
      <Field name="actionEn" label={t("actionEn")} defaultValue={priority?.actionEn} rows={3} maxLength={1000} />
      <Field name="dueOn" label={t("dueOn")} hint={t("dateHint")} defaultValue={priority?.dueOn} inputMode="numeric" required />
      <Field name="outcome" label={t("outcome")} defaultValue={priority?.outcome} rows={2} maxLength={1000} />
      <Field name="outcomeEn" label={t("outcomeEn")} defaultValue={priority?.outcomeEn} rows={2} maxLength={1000} />
    </>
  );
}

/** The priority form's fields by name, as its error summary lists them. */
export async function priorityLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("staffNeighbourhood");
  const names = ["issue", "issueEn", "action", "actionEn", "dueOn", "outcome", "outcomeEn"] as const;
  return Object.fromEntries(names.map((name) => [name, t(name)]));
}
