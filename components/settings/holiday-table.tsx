import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";

import { SubmitButton } from "@/components/ui/submit-button";
import type { Locale } from "@/domain/context";
import type { CalendarEntry } from "@/domain/settings/queries";

type Props = { year: number; days: CalendarEntry[]; locale: Locale; deleteAction: (formData: FormData) => Promise<void> };

/** The year's exceptions to the weekday rule, each with its own edit link and delete form (no JavaScript needed). */
export async function HolidayTable({ year, days, locale, deleteAction }: Props) {
  const t = await getTranslations("settings.holidays");
  const format = await getFormatter();
  // Dates are calendar days, not instants: read and show them in UTC so no zone shifts them.
  const weekday = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { weekday: "long", timeZone: "UTC" });
  if (days.length === 0) return <p className="mb-4">{t("empty", { year })}</p>;
  return (
    <div className="mb-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption", { year })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="p-2">
              {t("date")}
            </th>
            <th scope="col" className="p-2">
              {t("weekday")}
            </th>
            <th scope="col" className="p-2">
              {t("kind")}
            </th>
            <th scope="col" className="p-2">
              {t("name")}
            </th>
            <th scope="col" className="p-2">
              {t("actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date} className={`border-b border-slate-300 align-top ${day.kind === "workday" ? "bg-amber-50" : ""}`}>
              <th scope="row" className="whitespace-nowrap p-2 font-semibold">
                {day.date}
              </th>
              <td className="p-2">{weekday(day.date)}</td>
              <td className="p-2">{day.kind === "workday" ? t("kindWorkday") : t("kindHoliday")}</td>
              <td className="p-2">{locale === "en" ? day.nameEn || day.nameZh : day.nameZh || day.nameEn}</td>
              <td className="p-2">
                <div className="flex flex-wrap items-center gap-2">
                  <Link prefetch={false} href={`/staff/settings?year=${year}&edit=${day.date}#holiday-form`}>
                    {t("edit")}
                    <span className="sr-only"> {day.date}</span>
                  </Link>
                  <form action={deleteAction}>
                    <input type="hidden" name="date" value={day.date} />
                    <SubmitButton variant="secondary">
                      {t("delete")}
                      <span className="sr-only"> {day.date}</span>
                    </SubmitButton>
                  </form>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
