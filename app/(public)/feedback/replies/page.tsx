import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PublishedReplyCard } from "@/components/replies/published-reply-card";
import { FilterBar, olderHref } from "@/components/ui/filter-bar";
import { backingCounts } from "@/domain/desk/published-questions";
import { listUnits } from "@/domain/directory/public-queries";
import { listPublishedReplies } from "@/domain/requests/published-replies";
import { getCtx } from "@/lib/auth/context";
import { firstParam } from "@/lib/core/query-params";
import { sixSmalls } from "@/lib/core/values";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("replies"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PublishedRepliesPage({ searchParams }: Props) {
  const ctx = await getCtx();
  const params = await searchParams;
  const [{ items, next, filters }, units] = await Promise.all([
    listPublishedReplies(ctx, {
      q: firstParam(params.q),
      category: firstParam(params.category),
      unit: firstParam(params.unit),
      before: firstParam(params.before),
    }),
    listUnits(ctx),
  ]);
  // "This affects me too" on published problem reports (domain/desk/me-too.ts).
  const backing = await backingCounts(items.filter((i) => i.topic === "problem").map((i) => i.id));
  const t = await getTranslations("replies");
  const f = await getTranslations("feedback");
  return (
    <>
      <p className="mb-2">
        <a href="/feedback">{f("title")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      <FilterBar
        id="replies"
        label={t("search")}
        submit={t("apply")}
        filters={[
          { name: "q", type: "search", label: t("search"), value: filters.q },
          {
            name: "category",
            type: "select",
            label: t("category"),
            value: filters.category,
            all: t("all"),
            options: sixSmalls.map((c) => ({ value: c, label: f(`categories.${c}.title`) })),
          },
          {
            name: "unit",
            type: "select",
            label: t("unit"),
            value: filters.unit,
            all: t("all"),
            options: units
              .filter((u) => u.kind === "station")
              .map((u) => ({ value: u.slug, label: ctx.locale === "en" ? u.nameEn : u.nameZh })),
          },
        ]}
      />
      {items.length === 0 && <p>{t("empty")}</p>}
      <ul className="grid gap-4">
        {items.map((item) => (
          <li key={item.id}>
            <PublishedReplyCard item={item} count={backing.get(item.id) ?? 0} heading="h2" />
          </li>
        ))}
      </ul>
      {next && (
        <p className="mt-4">
          <a href={olderHref("/feedback/replies", { q: filters.q, category: filters.category, unit: filters.unit }, next)} rel="next">
            {t("older")}
          </a>
        </p>
      )}
    </>
  );
}
