import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CommentList } from "@/components/evaluations/comment-list";
import { placeName } from "@/components/officers/names";
import { PageProblem } from "@/components/ui/page-problem";
import { Pager } from "@/components/ui/pager";
import { listApprovedComments } from "@/domain/evaluations/scores";
import { findRatingTarget } from "@/domain/evaluations/targets";
import { getCtx } from "@/lib/auth/context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scores"))("comments") };
}

type Props = { searchParams: Promise<{ target?: string | string[]; page?: string | string[] }> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Every approved comment about an officer or unit, newest first, page by page. */
export default async function CommentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const ctx = await getCtx();
  const t = await getTranslations("scores");
  const target = await findRatingTarget(ctx, first(params.target));
  if (!target) return <PageProblem kind="notFound" />;
  const page = Math.min(Math.max(1, Number.parseInt(first(params.page), 10) || 1), 500);
  const comments = await listApprovedComments(ctx, target.target, page);
  return (
    <>
      <p className="mb-2">
        <a href={target.href}>{placeName(target, ctx.locale)}</a>
      </p>
      <h1 className="mb-3 text-2xl font-bold">{t("commentsAbout", { name: placeName(target, ctx.locale) })}</h1>
      {comments.items.length === 0 ? <p>{t("noComments")}</p> : <CommentList comments={comments.items} />}
      <Pager page={page} hasNext={comments.hasNext} href={(p) => `/rate/comments?target=${target.target}&page=${p}`} />
    </>
  );
}
