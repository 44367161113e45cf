import { getLocale, getTranslations } from "next-intl/server";

import { listPublishedQuestions } from "@/domain/desk/published-questions";
import { deskTopics } from "@/domain/desk/question-form";
import { listUnits } from "@/domain/directory/public-queries";
import { getCtx } from "@/lib/auth/context";
import { firstParam } from "@/lib/core/query-params";

import { PublishedQuestionCard } from "./published-question-card";

type Params = Record<string, string | string[] | undefined>;
const select = "max-w-full rounded border-2 border-slate-700 px-2 py-2";

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
  const kept = { q: filters.q, village: filters.village, unit: filters.unit, topic: filters.topic };
  const nextParams = new URLSearchParams(Object.entries({ ...kept, before: next }).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <section aria-labelledby="answered-title">
      <h2 id="answered-title" className="mb-3 text-xl font-bold">
        {t("answeredTitle")}
      </h2>
      <form
        method="get"
        action="/desk#answered-title"
        role="search"
        aria-label={t("searchLabel")}
        className="mb-6 flex flex-wrap items-end gap-2"
      >
        <div>
          <label htmlFor="desk-q" className="mb-1 block font-semibold">
            {t("searchText")}
          </label>
          <input id="desk-q" name="q" type="search" defaultValue={filters.q} className="rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="desk-village" className="mb-1 block font-semibold">
            {t("villageFilter")}
          </label>
          <input
            id="desk-village"
            name="village"
            type="text"
            defaultValue={filters.village}
            className="rounded border-2 border-slate-700 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="desk-unit" className="mb-1 block font-semibold">
            {t("unitFilter")}
          </label>
          <select id="desk-unit" name="unit" defaultValue={filters.unit ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {units
              .filter((u) => u.kind === "station")
              .map((u) => (
                <option key={u.slug} value={u.slug}>
                  {locale === "en" ? u.nameEn : u.nameZh}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label htmlFor="desk-topic" className="mb-1 block font-semibold">
            {t("topicFilter")}
          </label>
          <select id="desk-topic" name="topic" defaultValue={filters.topic ?? ""} className={select}>
            <option value="">{t("all")}</option>
            {deskTopics.map((topic) => (
              <option key={topic} value={topic}>
                {t(`topics.${topic}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
          {t("searchButton")}
        </button>
      </form>
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
          <a href={`/desk?${nextParams}`} rel="next">
            {t("older")}
          </a>
        </p>
      )}
    </section>
  );
}
