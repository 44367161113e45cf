/** Calendar months as "YYYY-MM", in local time (UTC+8 all year, as deadlines are). */
const LOCAL_OFFSET_MS = 8 * 60 * 60 * 1000;
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const MAX_MONTHS = 36;

export function monthOf(date: Date): string {
  return new Date(date.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_MONTHS * 4; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The first day of a month, as the aggregates' `month` column holds it. */
export const firstDay = (month: string) => `${month}-01`;
