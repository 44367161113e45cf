// The statistics' figures computed directly from requests, in TypeScript and
// with the deadline calendar's own arithmetic: what the aggregates must equal.
import { getDb } from "@/db/client";
import { holidays, type Request } from "@/db/schema";
import { localDate, workingDaysBetween } from "@/domain/requests/working-days";
import { addRow, emptyTotals, figuresOf, type Figures } from "@/domain/statistics/figures";

type Exceptions = Map<string, "holiday" | "workday">;
const HOUR_MS = 3_600_000;
const LOCAL_MS = 8 * HOUR_MS;

export async function calendar(): Promise<Exceptions> {
  const db = await getDb();
  return new Map((await db.select().from(holidays)).map((h) => [h.date, h.kind]));
}

function isWorking(date: string, exceptions: Exceptions): boolean {
  const kind = exceptions.get(date);
  if (kind) return kind === "workday";
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Whole hours between two instants that fall on working days (local time), counted day by day. */
export function workingHoursBetween(from: Date, to: Date, exceptions: Exceptions): number {
  let ms = 0;
  for (let start = from.getTime(); start < to.getTime();) {
    const local = start + LOCAL_MS;
    const endOfDay = Math.floor(local / (24 * HOUR_MS) + 1) * 24 * HOUR_MS - LOCAL_MS;
    const end = Math.min(endOfDay, to.getTime());
    if (isWorking(localDate(new Date(start)), exceptions)) ms += end - start;
    start = end;
  }
  return Math.floor(ms / HOUR_MS);
}

const open = new Set(["submitted", "accepted", "info_requested"]);
const bump = (h: Record<string, number>, v: number) => void (h[String(v)] = (h[String(v)] ?? 0) + 1);

/** The figures of `rows`, as of `now`, one request at a time. */
/** A counted open-door rating's three scores. */
export type Scored = { attitude: number; efficiency: number; fairness: number };

export function directFigures(rows: Request[], exceptions: Exceptions, now: Date, ratings: Scored[] = []): Figures {
  const t = emptyTotals();
  for (const r of ratings) {
    t.evaluations++;
    t.evaluationPoints += r.attitude + r.efficiency + r.fairness;
  }
  for (const r of rows) {
    t.requests++;
    if (r.kind === "application") t.applications++;
    if (r.kind === "question") t.questions++;
    if (r.kind === "feedback") t.feedback++;
    if (r.category) t[r.category]++;
    const resolved = r.status === "resolved";
    if (resolved || (open.has(r.status) && r.deadlineAt < now)) t.due++;
    if (resolved && r.resolvedAt && r.resolvedAt <= r.deadlineAt) t.onTime++;
    if (resolved || r.satisfaction) t.resolved++;
    if (r.satisfaction) t.rated++;
    if (r.satisfaction === "satisfied" || r.satisfaction === "basically_satisfied") t.satisfied++;
    if (r.reopenedAt) t.reopened++;
    if (r.firstResponseAt) bump(t.firstResponseHours, workingHoursBetween(r.createdAt, r.firstResponseAt, exceptions));
    if (resolved && r.resolvedAt) bump(t.answerDays, workingDaysBetween(r.createdAt, r.resolvedAt, exceptions));
  }
  return figuresOf(addRow(emptyTotals(), t));
}
