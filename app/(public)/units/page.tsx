import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { placeName } from "@/components/officers/names";
import { PhoneLink } from "@/components/officers/phone-link";
import { listUnits, type UnitListItem } from "@/domain/directory/public-queries";
import { getCtx } from "@/lib/auth/context";
import { inBrackets } from "@/lib/i18n/brackets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("title") };
}

const kindOrder = ["bureau", "station", "brigade", "office"] as const;

export default async function UnitsPage() {
  const ctx = await getCtx();
  const units = await listUnits(ctx);
  const t = await getTranslations("units");
  const workStations = new Map<string, UnitListItem[]>();
  for (const u of units.filter((u) => u.kind === "work_station" && u.parentSlug)) {
    workStations.set(u.parentSlug!, [...(workStations.get(u.parentSlug!) ?? []), u]);
  }
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-2xl">{t("intro")}</p>
      {kindOrder.map((kind) => {
        const group = units.filter((u) => u.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mb-6">
            <h2 id={`kind-${kind}`} className="mb-2 text-xl font-bold">
              {t(`kinds.${kind}`)}
            </h2>
            <ul className="grid gap-2 sm:grid-cols-2">
              {group.map((u) => (
                <li key={u.slug} className="rounded border border-slate-300 p-3">
                  <a href={`/units/${u.slug}`} className="font-semibold">
                    {placeName(u, ctx.locale)}
                  </a>
                  {kind === "station" && (
                    <span className="ml-2 text-sm text-slate-700">{inBrackets(t(u.rural ? "rural" : "urban"), ctx.locale)}</span>
                  )}
                  <div>
                    <PhoneLink phone={u.dutyPhone} label={t("dutyPhone")} />
                  </div>
                  {(u.villages > 0 || u.communities > 0) && (
                    <p className="text-sm text-slate-700">{t("areaCounts", { villages: u.villages, communities: u.communities })}</p>
                  )}
                  {workStations.has(u.slug) && (
                    <p className="text-sm">
                      {t("workStations")}:{" "}
                      {workStations.get(u.slug)!.map((w, i) => (
                        <span key={w.slug}>
                          {i > 0 && (ctx.locale === "en" ? ", " : "、")}
                          <a href={`/units/${w.slug}`}>{placeName(w, ctx.locale)}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
