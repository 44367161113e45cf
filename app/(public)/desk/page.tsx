import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PlaceForm } from "@/components/desk/place-form";
import { PublishedQuestions } from "@/components/desk/published-questions";
import { QuestionFormView } from "@/components/desk/question-form";
import { WhoAnswersPanel } from "@/components/desk/who-answers-panel";
import { personName, placeName } from "@/components/officers/names";
import { NonEmergencyNotice } from "@/components/officers/non-emergency-notice";
import { ClientMessages } from "@/components/ui/client-messages";
import { whoAnswers } from "@/domain/desk/who-answers";
import { getCtx } from "@/lib/auth/context";

import { submitQuestionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("desk"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The virtual police desk: pick your village or community, see who will
 * answer, ask; below, the questions already answered in public.
 */
export default async function DeskPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const ctx = await getCtx();
  const t = await getTranslations("desk");
  const place = first(params.place).trim().slice(0, 40);
  const who = place ? await whoAnswers(ctx, place) : null;
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-2xl">{t("intro")}</p>
      <NonEmergencyNotice />
      <section aria-labelledby="ask-title" className="mt-4 mb-10">
        <h2 id="ask-title" className="mb-3 text-xl font-bold">
          {t("askTitle")}
        </h2>
        <PlaceForm place={place} unknown={Boolean(place) && !who} />
        {who && (
          <>
            <WhoAnswersPanel who={who} />
            <ClientMessages paths={["desk", "feedback"]}>
              <QuestionFormView
                place={place}
                answerer={{
                  officer: who.officer ? personName(who.officer, ctx.locale) : null,
                  station: placeName(who.station, ctx.locale),
                }}
                idempotencyKey={randomBytes(18).toString("base64url")}
                action={submitQuestionAction}
              />
            </ClientMessages>
          </>
        )}
      </section>
      <PublishedQuestions params={params} />
    </>
  );
}
