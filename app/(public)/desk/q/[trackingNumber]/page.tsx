import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PublishedQuestionCard } from "@/components/desk/published-question-card";
import { PageProblem } from "@/components/ui/page-problem";
import { getPublishedQuestion } from "@/domain/desk/published-questions";
import { getCtx } from "@/lib/auth/context";

type Props = { params: Promise<{ trackingNumber: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublishedQuestion(await getCtx(), decodeURIComponent((await params).trackingNumber));
  const t = await getTranslations("desk");
  return { title: found ? `${found.item.title} · ${t("title")}` : t("title") };
}

/** The permalink of one published question and its answer. */
export default async function PublishedQuestionPage({ params }: Props) {
  const found = await getPublishedQuestion(await getCtx(), decodeURIComponent((await params).trackingNumber));
  // The proxy answers an unknown permalink with a real 404; this is the last guard behind it.
  if (!found) return <PageProblem kind="notFound" />;
  const t = await getTranslations("desk");
  return (
    <>
      <p className="mb-2">
        <a href="/desk">{t("title")}</a>
      </p>
      <PublishedQuestionCard item={found.item} count={found.backing} heading="h1" />
    </>
  );
}
