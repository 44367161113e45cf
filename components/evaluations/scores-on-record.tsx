import { getLocale, getTranslations } from "next-intl/server";

import { FEW_RATINGS, getScores, listApprovedComments } from "@/domain/evaluations/scores";
import { getCtx } from "@/lib/auth/context";
import { numberFormat } from "@/lib/core/intl-formats";

import { CommentList } from "./comment-list";

/** An officer's or unit's scores of the last 12 months and the newest approved comments, with a "Rate" link. */
export async function ScoresOnRecord({ target }: { target: string }) {
  const ctx = await getCtx();
  const t = await getTranslations("scores");
  const locale = await getLocale();
  const [scores, comments] = await Promise.all([getScores(ctx, target), listApprovedComments(ctx, target)]);
  const number = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="scores-title" className="mt-6">
      <h2 id="scores-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-2">{t("summary", { count: scores.count, verified: scores.verified })}</p>
      {scores.tooFew ? (
        <p className="mb-2">{t("tooFew", { min: FEW_RATINGS })}</p>
      ) : (
        <dl className="mb-2 grid max-w-md grid-cols-[1fr_auto] gap-x-4">
          {(["attitude", "efficiency", "fairness"] as const).map((name) => (
            <div key={name} className="contents">
              <dt>{t(name)}</dt>
              <dd className="tabular-nums font-semibold">{t("outOfFive", { score: number.format(scores[name]!) })}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mb-3">
        <a href={`/rate?target=${target}`} className="font-semibold">
          {t("rate")}
        </a>
      </p>
      {comments.items.length > 0 && (
        <>
          <h3 className="mb-2 text-lg font-bold">{t("comments")}</h3>
          <CommentList comments={comments.items} />
          {comments.hasNext && (
            <p>
              <a href={`/rate/comments?target=${target}&page=2`}>{t("moreComments")}</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
