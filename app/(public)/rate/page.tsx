import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { RateForm } from "@/components/evaluations/rate-form";
import { RatePicker } from "@/components/evaluations/rate-picker";
import { placeName } from "@/components/officers/names";
import { ClientMessages } from "@/components/ui/client-messages";
import { listUnits } from "@/domain/directory/public-queries";
import { searchDirectory } from "@/domain/directory/search";
import { findRatingTarget } from "@/domain/evaluations/targets";
import { listServices } from "@/domain/services/catalogue";
import { getCtx } from "@/lib/auth/context";

import { rateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rate"))("title") };
}

type Props = { searchParams: Promise<{ target?: string | string[]; q?: string | string[] }> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function RatePage({ searchParams }: Props) {
  const params = await searchParams;
  const ctx = await getCtx();
  const t = await getTranslations("rate");
  const target = await findRatingTarget(ctx, first(params.target));
  const q = first(params.q).trim();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-2xl">{t("intro")}</p>
      <p className="mb-4 max-w-2xl">
        {t("verifiedMeans")} <a href="/rate/report">{t("reportLink")}</a>
      </p>
      {target ? (
        <>
          <h2 className="mb-3 text-xl font-bold">
            {t.rich("rating", { name: placeName(target, ctx.locale), link: (c) => <a href={target.href}>{c}</a> })}
          </h2>
          <p className="mb-4">
            <a href="/rate">{t("chooseAnother")}</a>
          </p>
          <ClientMessages paths={["rate"]} errors={["required", "tooLong", "chooseScore", "chooseTarget"]}>
            <RateForm target={target.target} targetName={placeName(target, ctx.locale)} action={rateAction} />
          </ClientMessages>
        </>
      ) : (
        <RatePicker
          locale={ctx.locale}
          units={await listUnits(ctx)}
          services={(await listServices(ctx)).categories}
          q={q}
          found={q ? await searchDirectory(ctx, { q, show: "officers" }) : null}
        />
      )}
    </>
  );
}
