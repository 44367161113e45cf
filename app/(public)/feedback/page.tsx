import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { EmergencyNotice } from "@/components/ui/emergency-notice";
import { feedbackTopics } from "@/lib/core/values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("feedback"))("title") };
}

export default async function FeedbackPage() {
  const t = await getTranslations("feedback");
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      <EmergencyNotice />
      <h2 className="mb-3 mt-6 text-xl font-bold">{t("choose")}</h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {feedbackTopics.map((topic) => (
          <li key={topic} className="rounded border border-slate-300 p-3">
            <Link prefetch={false} href={`/feedback/new?topic=${topic}`} className="text-lg font-semibold">
              {t(`topics.${topic}.title`)}
            </Link>
            <p>{t(`topics.${topic}.line`)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link prefetch={false} href="/feedback/replies">
          {t("repliesLink")}
        </Link>
      </p>
    </>
  );
}
