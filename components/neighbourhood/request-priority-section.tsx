import { getTranslations } from "next-intl/server";

import { placeName } from "@/components/officers/names";
import { ActionForm } from "@/components/ui/action-form";
import type { Ctx } from "@/domain/context";
import type { RequestPriority } from "@/domain/neighbourhood/request-priority";
import type { FormState } from "@/lib/errors";

import { inLocale } from "./localised";
import { PriorityFields, priorityLabels } from "./priority-fields";

type Props = {
  ctx: Ctx;
  priority: RequestPriority;
  made: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** On a staff request page: the neighbourhood priority the report became, or "Make this a priority" for a backed published report. */
export async function RequestPrioritySection({ ctx, priority, made, action }: Props) {
  if (priority.state === "none") return null;
  const t = await getTranslations("makePriority");
  return (
    <section aria-labelledby="priority-title" className="mb-6 max-w-2xl">
      <h2 id="priority-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {made && (
        <p role="status" className="mb-3 border-l-4 border-emerald-700 bg-emerald-50 p-3 font-semibold">
          {t("made")}
        </p>
      )}
      {priority.state === "priority" ? (
        <p>
          {t("is", { station: placeName(priority.unit, ctx.locale) })}{" "}
          <a href={`/neighbourhood#priority-${priority.id}`}>{inLocale(priority.issue, priority.issueEn, ctx.locale).text}</a> (
          {priority.dueOn}) · <a href={`/staff/neighbourhood/priorities/${priority.id}`}>{t("edit")}</a>
        </p>
      ) : (
        <>
          <p className="mb-3">{t("intro", { count: priority.backers, station: placeName(priority.station, ctx.locale) })}</p>
          <ActionForm action={action} submitLabel={t("submit")} labels={await priorityLabels()}>
            <PriorityFields priority={ctx.locale === "en" ? { issueEn: priority.publicTitle } : { issue: priority.publicTitle }} />
          </ActionForm>
        </>
      )}
    </section>
  );
}
