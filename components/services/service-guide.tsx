import { getTranslations } from "next-intl/server";

import { PhoneLink } from "@/components/officers/phone-link";
import type { ServiceGuide as Guide } from "@/domain/services/catalogue";

const heading = "mb-2 mt-6 text-xl font-bold print:mt-3 print:text-lg";

/** A service's guide: a page that reads well on a phone and prints on paper without the site around it. */
export async function ServiceGuide({ guide }: { guide: Guide }) {
  const t = await getTranslations("services");
  return (
    <article>
      <dl className="mb-4 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("timeLimit")}</dt>
        <dd>{t("timeLimitDays", { days: guide.timeLimitDays })}</dd>
        <dt className="font-semibold">{t("fee")}</dt>
        <dd>{guide.fee || t("free")}</dd>
      </dl>
      <h2 className={heading}>{t("eligibility")}</h2>
      <p className="max-w-2xl">{guide.eligibility}</p>
      <h2 className={heading}>{t("materials")}</h2>
      {guide.materials.length === 0 ? (
        <p>{t("noMaterials")}</p>
      ) : (
        <ol className="ml-6 max-w-2xl list-decimal">
          {guide.materials.map((m) => (
            <li key={m.name}>
              {m.name}{" "}
              <span className="text-slate-700">({t("materialCount", { form: t(`materialForms.${m.form}`), count: m.count })})</span>
            </li>
          ))}
        </ol>
      )}
      <h2 className={heading}>{t("steps")}</h2>
      <ol className="ml-6 max-w-2xl list-decimal">
        {guide.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2 className={heading}>{t("where")}</h2>
      {guide.local ? (
        <p className="max-w-2xl">
          {t("local")} <a href="/officers">{t("findStation")}</a>
        </p>
      ) : (
        guide.units.map((unit) => (
          <section key={unit.slug} aria-label={unit.name} className="mb-3">
            <p className="font-semibold">
              <a href={`/units/${unit.slug}`}>{unit.name}</a>
            </p>
            <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-4">
              {unit.address && (
                <>
                  <dt>{t("address")}</dt>
                  <dd>{unit.address}</dd>
                </>
              )}
              {unit.hours && (
                <>
                  <dt>{t("hours")}</dt>
                  <dd>{unit.hours}</dd>
                </>
              )}
              {unit.dutyPhone && (
                <>
                  <dt>{t("dutyPhone")}</dt>
                  <dd>
                    <PhoneLink phone={unit.dutyPhone} />
                  </dd>
                </>
              )}
            </dl>
          </section>
        ))
      )}
      <h2 className={heading}>{t("legalBasis")}</h2>
      <p className="max-w-2xl">{guide.legalBasis}</p>
    </article>
  );
}
