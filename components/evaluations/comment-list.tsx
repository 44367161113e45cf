import { getLocale, getTranslations } from "next-intl/server";

import type { PublicComment } from "@/domain/evaluations/scores";
import { dateTimeFormat } from "@/lib/core/intl-formats";

/** Approved comments as the public reads them: the masked copy, the date, and whether the rating was verified. */
export async function CommentList({ comments }: { comments: PublicComment[] }) {
  const t = await getTranslations("scores");
  const day = dateTimeFormat(await getLocale(), { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <ul className="mb-3 max-w-2xl">
      {comments.map((c) => (
        <li key={c.id} className="mb-3 border-l-4 border-slate-400 pl-3">
          <p className="whitespace-pre-line">{c.text}</p>
          <p className="text-sm text-slate-700">
            {day.format(c.createdAt)}
            {c.verified && <> · {t("verified")}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
