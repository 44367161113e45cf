import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";

import { FeedbackFormView } from "@/components/feedback/feedback-form";
import { QuickExit } from "@/components/feedback/quick-exit";
import { unitChoices } from "@/components/officers/unit-choices";
import { ClientMessages } from "@/components/ui/client-messages";
import { listUnits } from "@/domain/directory/public-queries";
import { getCtx } from "@/lib/auth/context";
import { feedbackTopics, type FeedbackTopic } from "@/lib/core/values";

import { submitFeedbackAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback"))("title") };
}

type Props = { searchParams: Promise<{ topic?: string }> };

export default async function NewFeedbackPage({ searchParams }: Props) {
  const { topic } = await searchParams;
  if (!feedbackTopics.includes(topic as FeedbackTopic)) redirect("/feedback");
  const ctx = await getCtx();
  const t = await getTranslations("feedback");
  const units = await unitChoices(await listUnits(ctx), ctx.locale);
  return (
    <>
      {(topic === "tip" || topic === "complaint") && <QuickExit label={t("quickExit")} />}
      <p className="mb-2">
        <Link prefetch={false} href="/feedback">
          {t("title")}
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t(`topics.${topic as FeedbackTopic}.title`)}</h1>
      <p className="mb-4 max-w-2xl">{t(`topics.${topic as FeedbackTopic}.line`)}</p>
      {/* A fresh key per form shown: a double click or a retry of this form sends it once. */}
      <ClientMessages paths={["feedback"]}>
        <FeedbackFormView
          topic={topic!}
          idempotencyKey={randomBytes(18).toString("base64url")}
          units={units}
          action={submitFeedbackAction}
        />
      </ClientMessages>
    </>
  );
}
