import { getTranslations } from "next-intl/server";

import type { Ctx } from "@/domain/context";
import { getApplicationAnswers } from "@/domain/services/application-answers";

/** The staff detail's list of an application's answers, ID numbers whole. */
export async function ApplicationAnswers({ ctx, trackingNumber }: { ctx: Ctx; trackingNumber: string }) {
  const answers = await getApplicationAnswers(ctx, trackingNumber);
  if (answers.length === 0) return null;
  const t = await getTranslations("services");
  return (
    <section aria-labelledby="answers-title" className="mb-6">
      <h2 id="answers-title" className="mb-2 text-xl font-bold">
        {t("answersTitle")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {answers.map((a) => (
          <div key={a.name} className="contents">
            <dt className="font-semibold">{a.label}</dt>
            <dd className="break-all">{a.value || "—"}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
