import "server-only";

import { sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import { queryRows } from "@/db/sql";
import { hideReasons, type HideReason } from "@/lib/core/evaluation-values";

import type { Ctx } from "../context";

export type ReportMonth = { month: string; received: number; published: number; hidden: number; hiddenBy: Record<HideReason, number> };

/**
 * The public moderation report: per month (Beijing time) of the comment's
 * arrival, how many comments came in, were published and were hidden, and
 * why. Counts only: never a comment, a name or a target.
 */
export async function getModerationReport(_ctx: Ctx, months = 12): Promise<ReportMonth[]> {
  const db = await getDb();
  const rows = await queryRows<{ month: string; comment_state: string; hidden_reason: string | null; n: number }>(
    db,
    sql`select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, comment_state, hidden_reason, count(*)::int as n
        from evaluations
        where comment_state is not null
          and created_at > date_trunc('month', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai' - make_interval(months => ${months - 1})
        group by 1, 2, 3 order by 1 desc`,
  );
  const byMonth = new Map<string, ReportMonth>();
  for (const row of rows) {
    const entry =
      byMonth.get(row.month) ??
      ({
        month: row.month,
        received: 0,
        published: 0,
        hidden: 0,
        hiddenBy: Object.fromEntries(hideReasons.map((r) => [r, 0])),
      } as ReportMonth);
    entry.received += row.n;
    if (row.comment_state === "approved") entry.published += row.n;
    if (row.comment_state === "hidden") {
      entry.hidden += row.n;
      if (row.hidden_reason) entry.hiddenBy[row.hidden_reason as HideReason] += row.n;
    }
    byMonth.set(row.month, entry);
  }
  return [...byMonth.values()];
}
