import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PublishedReplyCard } from "@/components/replies/published-reply-card";
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
  // The next page keeps the filters as they were understood, not as they were typed.
  const nextParams = new URLSearchParams(
    Object.entries({ q: filters.q, category: filters.category, unit: filters.unit, before: next }).filter((e): e is [string, string] =>
      Boolean(e[1]),
    ),
  );
  return (
    <>
      <p className="mb-2">
        <a href="/feedback">{f("title")}</a>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      <form method="get" role="search" aria-label={t("search")} className="mb-6 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="replies-q" className="mb-1 block font-semibold">
            {t("search")}
          </label>
          <input id="replies-q" name="q" type="search" defaultValue={filters.q} className="rounded border-2 border-slate-700 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="replies-category" className="mb-1 block font-semibold">
            {t("category")}
          </label>
          <select
            id="replies-category"
            name="category"
            defaultValue={filters.category ?? ""}
            className="rounded border-2 border-slate-700 px-2 py-2"
          >
            <option value="">{t("all")}</option>
            {sixSmalls.map((c) => (
              <option key={c} value={c}>
                {f(`categories.${c}.title`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="replies-unit" className="mb-1 block font-semibold">
            {t("unit")}
          </label>
          <select
            id="replies-unit"
            name="unit"
            defaultValue={filters.unit ?? ""}
            className="max-w-full rounded border-2 border-slate-700 px-2 py-2"
          >
            <option value="">{t("all")}</option>
            {units
              .filter((u) => u.kind === "station")
              .map((u) => (
                <option key={u.slug} value={u.slug}>
                  {ctx.locale === "en" ? u.nameEn : u.nameZh}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-emerald-800 px-4 py-2 font-semibold text-white">
          {t("apply")}
        </button>
      </form>
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
          <a href={`/feedback/replies?${nextParams}`} rel="next">
            {t("older")}
          </a>
        </p>
      )}
    </>
  );
}
