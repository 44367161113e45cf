import { getLocale, getTranslations } from "next-intl/server";

import { FilterBar, olderHref } from "@/components/ui/filter-bar";
import { listPublishedQuestions } from "@/domain/desk/published-questions";
import { deskTopics } from "@/domain/desk/question-form";
import { listUnits } from "@/domain/directory/public-queries";
import { getCtx } from "@/lib/auth/context";
import { firstParam } from "@/lib/core/query-params";

import { PublishedQuestionCard } from "./published-question-card";

type Params = Record<string, string | string[] | undefined>;

/** The desk's answered questions, searchable by text, village, unit and topic, paged by keyset. */
export async function PublishedQuestions({ params }: { params: Params }) {
  const ctx = await getCtx();
  const t = await getTranslations("desk");
  const locale = await getLocale();
  const [{ items, next, filters, backing }, units] = await Promise.all([
    listPublishedQuestions(ctx, {
      q: firstParam(params.q),
      village: firstParam(params.village),
      unit: firstParam(params.unit),
      topic: firstParam(params.topic),
      before: firstParam(params.before),
    }),
    listUnits(ctx),
  ]);
  // The next page keeps the filters as they were understood, not as they were typed.
  const kept = { q: filters.q, village: filters.village, unit: filters.unit, topic: filters.topic };
  return (
    <section aria-labelledby="answered-title">
      <h2 id="answered-title" className="mb-3 text-xl font-bold">
        {t("answeredTitle")}
      </h2>
      <FilterBar
        id="desk"
        action="/desk#answered-title"
        label={t("searchLabel")}
        submit={t("searchButton")}
        filters={[
          { name: "q", type: "search", label: t("searchText"), value: filters.q },
          { name: "village", type: "text", label: t("villageFilter"), value: filters.village },
          {
            name: "unit",
            type: "select",
            label: t("unitFilter"),
            value: filters.unit,
            all: t("all"),
            options: units
              .filter((u) => u.kind === "station")
              .map((u) => ({ value: u.slug, label: locale === "en" ? u.nameEn : u.nameZh })),
          },
          {
            name: "topic",
            type: "select",
            label: t("topicFilter"),
            value: filters.topic,
            all: t("all"),
            options: deskTopics.map((topic) => ({ value: topic, label: t(`topics.${topic}`) })),
          },
        ]}
      />
      {items.length === 0 && <p>{t("noneAnswered")}</p>}
      <ul className="grid gap-4">
        {items.map((item) => (
          <li key={item.id}>
            <PublishedQuestionCard item={item} count={backing.get(item.id) ?? 0} />
          </li>
        ))}
      </ul>
      {next && (
        <p className="mt-4">
          <a href={olderHref("/desk", kept, next)} rel="next">
            {t("older")}
          </a>
        </p>
      )}
    </section>
  );
}
