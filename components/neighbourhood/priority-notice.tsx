import { getTranslations } from "next-intl/server";

import { placeName } from "@/components/officers/names";
import { priorityMadeOf } from "@/domain/neighbourhood/request-priority";
import { getCtx } from "@/lib/auth/context";

import { inLocale } from "./localised";

/** On a published item's own page: "This report is a neighbourhood priority of <station>: <issue> (<by when>)", when it became one. */
export async function PriorityNotice({ trackingNumber }: { trackingNumber: string }) {
  const ctx = await getCtx();
  const priority = await priorityMadeOf(ctx, trackingNumber);
  if (!priority) return null;
  const t = await getTranslations("makePriority");
  const issue = inLocale(priority.issue, priority.issueEn, ctx.locale);
  return (
    <p className="mt-3 border-l-4 border-sky-800 bg-sky-50 p-3">
      {t("is", { station: placeName(priority.unit, ctx.locale) })}{" "}
      <a href={`/neighbourhood#priority-${priority.id}`} lang={issue.fallback ? issue.lang : undefined}>
        {issue.text}
      </a>{" "}
      ({priority.dueOn})
    </p>
  );
}
