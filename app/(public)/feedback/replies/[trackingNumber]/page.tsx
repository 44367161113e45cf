import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PublishedReplyCard } from "@/components/replies/published-reply-card";
import { PageProblem } from "@/components/ui/page-problem";
import { backingCounts } from "@/domain/desk/published-questions";
import { getPublishedReply } from "@/domain/requests/published-replies";
import { getCtx } from "@/lib/auth/context";

type Props = { params: Promise<{ trackingNumber: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await getPublishedReply(await getCtx(), decodeURIComponent((await params).trackingNumber));
  const t = await getTranslations("replies");
  return { title: item ? `${item.title} · ${t("title")}` : t("title") };
}

/** The permalink of one published question or report and the bureau's reply. */
export default async function PublishedReplyPage({ params }: Props) {
  const item = await getPublishedReply(await getCtx(), decodeURIComponent((await params).trackingNumber));
  // The proxy answers an unknown permalink with a real 404; this is the last guard behind it.
  if (!item) return <PageProblem kind="notFound" />;
  const t = await getTranslations("replies");
  const backing = item.topic === "problem" ? ((await backingCounts([item.id])).get(item.id) ?? 0) : 0;
  return (
    <>
      <p className="mb-2">
        <a href="/feedback/replies">{t("title")}</a>
      </p>
      <PublishedReplyCard item={item} count={backing} heading="h1" />
    </>
  );
}
