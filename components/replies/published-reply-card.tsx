import { getLocale, getTranslations } from "next-intl/server";

import { backItemAction, meTooCodeAction } from "@/app/(public)/desk/actions";
import { MeTooButton } from "@/components/desk/me-too-button";
import { MeTooByCode } from "@/components/desk/me-too-by-code";
import { PriorityNotice } from "@/components/neighbourhood/priority-notice";
import { ClientMessages } from "@/components/ui/client-messages";
import type { PublishedReply } from "@/domain/requests/published-replies";
import { dateTimeFormat } from "@/lib/core/intl-formats";

/** Where a published reply lives on its own. */
export const replyPermalink = (trackingNumber: string) => `/feedback/replies/${trackingNumber}`;

/**
 * One published question or report with the bureau's reply. A problem report
 * takes "this affects me too"; on its own page (heading h1) also by a code
 * sent to a phone or e-mail, one form there rather than one per item of a list.
 */
export async function PublishedReplyCard({ item, count, heading }: { item: PublishedReply; count: number; heading: "h1" | "h2" }) {
  const t = await getTranslations("replies");
  const f = await getTranslations("feedback");
  const locale = await getLocale();
  const Heading = heading;
  const unit = locale === "en" ? item.unitNameEn : item.unitNameZh;
  return (
    <article aria-labelledby={`reply-${item.id}`} className="rounded border border-slate-300 p-4">
      <Heading id={`reply-${item.id}`} className={heading === "h1" ? "mb-2 text-2xl font-bold" : "mb-1 text-lg font-bold"}>
        {heading === "h1" ? item.title : <a href={replyPermalink(item.trackingNumber)}>{item.title}</a>}
      </Heading>
      <p className="mb-2 text-sm text-slate-700">
        {dateTimeFormat(locale, { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(item.publishedAt)}
        {item.category && ` · ${f(`categories.${item.category}.title`)}`}
        {unit && ` · ${unit}`}
      </p>
      <p className="mb-3 whitespace-pre-line">{item.question}</p>
      {item.reply && (
        <div className="border-l-4 border-emerald-800 bg-emerald-50 p-3">
          <p className="font-semibold">{t("bureauReply")}</p>
          <p className="whitespace-pre-line">{item.reply}</p>
        </div>
      )}
      {item.topic === "problem" && (
        <ClientMessages paths={["desk.meToo", "desk.meTooCount", "desk.meTooThanks"]} errors={[]}>
          <MeTooButton trackingNumber={item.trackingNumber} count={count} action={backItemAction} />
        </ClientMessages>
      )}
      {heading === "h1" && <PriorityNotice trackingNumber={item.trackingNumber} />}
      {item.topic === "problem" && heading === "h1" && (
        <ClientMessages paths={["desk.meTooCode"]} errors={["required", "tooLong", "meTooContact", "meTooCodeFormat"]}>
          <MeTooByCode trackingNumber={item.trackingNumber} startAgain={replyPermalink(item.trackingNumber)} action={meTooCodeAction} />
        </ClientMessages>
      )}
    </article>
  );
}
