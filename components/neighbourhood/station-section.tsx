import { getLocale, getTranslations } from "next-intl/server";

import type { Locale } from "@/domain/context";
import type { StationNeighbourhood } from "@/domain/neighbourhood/queries";

import { anyFallback, Localised } from "./localised";
import { PrioritySourceLine } from "./priority-source";
import { VisitItem } from "./visit-item";

type Props = { station: StationNeighbourhood; headingLevel: 2 | 3; showEmpty?: boolean };

/** A station's priorities (issue → what we are doing → by when → outcome) and its visits, upcoming first. */
export async function StationSection({ station, headingLevel, showEmpty = false }: Props) {
  const t = await getTranslations("neighbourhood");
  const locale = (await getLocale()) as Locale;
  const H = `h${headingLevel}` as const;
  return (
    <>
      {(station.priorities.length > 0 || showEmpty) && (
        <section aria-labelledby={`priorities-${station.slug}`} className="mt-4">
          <H id={`priorities-${station.slug}`} className="mb-2 text-lg font-bold">
            {t("priorities")}
          </H>
          {station.priorities.length === 0 ? (
            <p>{t("noPriorities")}</p>
          ) : (
            <ol className="max-w-3xl">
              {station.priorities.map((p) => (
                <li key={p.id} id={`priority-${p.id}`} className="mb-3 rounded border-2 border-slate-300 p-3">
                  {anyFallback(
                    [
                      [p.issue, p.issueEn],
                      [p.action, p.actionEn],
                      [p.outcome, p.outcomeEn],
                    ],
                    locale,
                  ) && <p className="mb-1 text-sm italic">{t("otherLanguage")}</p>}
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3">
                    <dt className="font-semibold">{t("issue")}</dt>
                    <dd>
                      <Localised zh={p.issue} en={p.issueEn} locale={locale} />
                    </dd>
                    <dt className="font-semibold">{t("action")}</dt>
                    <dd>
                      <Localised zh={p.action} en={p.actionEn} locale={locale} />
                    </dd>
                    <dt className="font-semibold">{t("dueOn")}</dt>
                    <dd className="tabular-nums">{p.dueOn}</dd>
                    <dt className="font-semibold">{t("outcome")}</dt>
                    <dd>{p.outcome || p.outcomeEn ? <Localised zh={p.outcome} en={p.outcomeEn} locale={locale} /> : t("noOutcomeYet")}</dd>
                  </dl>
                  {p.source && <PrioritySourceLine source={p.source} />}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {(station.upcoming.length > 0 || showEmpty) && (
        <section aria-labelledby={`upcoming-${station.slug}`} className="mt-4">
          <H id={`upcoming-${station.slug}`} className="mb-2 text-lg font-bold">
            {t("upcoming")}
          </H>
          {station.upcoming.length === 0 ? (
            <p>{t("noUpcoming")}</p>
          ) : (
            <ul>
              {station.upcoming.map((v) => (
                <VisitItem key={v.id} visit={v} />
              ))}
            </ul>
          )}
        </section>
      )}
      {station.past.length > 0 && (
        <section aria-labelledby={`past-${station.slug}`} className="mt-4">
          <H id={`past-${station.slug}`} className="mb-2 text-lg font-bold">
            {t("past")}
          </H>
          <ul>
            {station.past.map((v) => (
              <VisitItem key={v.id} visit={v} past />
            ))}
          </ul>
        </section>
      )}
      <p className="mt-2">
        <a href={`/neighbourhood/stations/${station.slug}/ics`}>{t("feed")}</a>
      </p>
    </>
  );
}
