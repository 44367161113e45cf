import { getLocale, getTranslations } from "next-intl/server";

import { backItemAction, meTooCodeAction } from "@/app/(public)/desk/actions";
import { PriorityNotice } from "@/components/neighbourhood/priority-notice";
import { ClientMessages } from "@/components/ui/client-messages";
import type { PublishedQuestion } from "@/domain/desk/published-questions";
import { dateTimeFormat } from "@/lib/core/intl-formats";

import { MeTooButton } from "./me-too-button";
import { MeTooByCode } from "./me-too-by-code";

/** One published question with its answer, the answering unit, the dates, and "this affects me too". */
export async function PublishedQuestionCard({
  item,
  count,
  heading = "h3",
}: {
  item: PublishedQuestion;
  count: number;
  heading?: "h1" | "h3";
}) {
  const t = await getTranslations("desk");
  const locale = await getLocale();
  const day = (date: Date) => dateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(date);
  const place = locale === "en" ? item.placeEn : item.placeZh;
  const unit = locale === "en" ? item.unitNameEn : item.unitNameZh;
  const Heading = heading;
  return (
    <article aria-labelledby={`q-${item.id}`} className="rounded border border-slate-300 p-4">
      <Heading id={`q-${item.id}`} className={heading === "h1" ? "mb-2 text-2xl font-bold" : "mb-1 text-lg font-bold"}>
        {heading === "h1" ? item.title : <a href={`/desk/q/${item.trackingNumber}`}>{item.title}</a>}
      </Heading>
      <p className="mb-2 text-sm text-slate-700">
        {[place, item.topic && t(`topics.${item.topic as "other"}`), t("askedOn", { date: day(item.askedAt) })].filter(Boolean).join(" · ")}
      </p>
      <p className="mb-3 whitespace-pre-line">{item.question}</p>
      <div className="border-l-4 border-emerald-800 bg-emerald-50 p-3">
        <p className="font-semibold">{unit ? t("answerFrom", { unit }) : t("answer")}</p>
        <p className="whitespace-pre-line">{item.reply}</p>
        {item.answeredAt && <p className="mt-1 text-sm text-slate-700">{t("answeredOn", { date: day(item.answeredAt) })}</p>}
      </div>
      <ClientMessages paths={["desk.meToo", "desk.meTooCount", "desk.meTooThanks"]} errors={[]}>
        <MeTooButton trackingNumber={item.trackingNumber} count={count} action={backItemAction} />
      </ClientMessages>
      {heading === "h1" && <PriorityNotice trackingNumber={item.trackingNumber} />}
      {/* On the item's own page: one code form there, not one per item of a list. */}
      {heading === "h1" && (
        <ClientMessages paths={["desk.meTooCode"]} errors={["required", "tooLong", "meTooContact", "meTooCodeFormat"]}>
          <MeTooByCode trackingNumber={item.trackingNumber} startAgain={`/desk/q/${item.trackingNumber}`} action={meTooCodeAction} />
        </ClientMessages>
      )}
    </article>
  );
}
