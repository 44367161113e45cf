import { getTranslations } from "next-intl/server";
import Link from "next/link";

import type { SecondFactor } from "@/domain/context";

type Props = { enrolled: boolean; state: SecondFactor };

/** Staff: whether the second factor is on, and the way to set it up. */
export async function SecondFactorSummary({ enrolled, state }: Props) {
  const t = await getTranslations("secondFactor");
  return (
    <section aria-labelledby="second-factor-title" className="mb-6 max-w-xl border-t pt-4">
      <h2 id="second-factor-title" className="mb-2 text-xl font-bold">
        {t("title")}
      </h2>
      {state === "required" && <p className="mb-3 border-l-8 border-amber-500 bg-amber-50 p-3 font-semibold">{t("requiredNotice")}</p>}
      <p className="mb-3">{enrolled ? t("on") : t("off")}</p>
      <Link prefetch={false} href="/account/security" className="font-semibold">
        {enrolled ? t("manage") : t("setUp")}
      </Link>
    </section>
  );
}
