import "server-only";

import { sql, type SQL } from "drizzle-orm";

import type { Db, Tx } from "./client";
import { statisticsMonthly, statisticsRefreshes } from "./schema";
import { queryRows } from "./sql";

// The statistics' monthly aggregates (statistics_monthly), computed by
// PostgreSQL from the requests: per month of submission, for the bureau, each
// unit (the request's unit) and each officer (the one assigned, or else the
// community officer responsible for the request's area). Working time counts
// the hours and days of working days only, by the holiday calendar deadlines
// use. Figures and their definitions: domain/statistics/.

// One refresher at a time across servers; a second one skips its turn.
const REFRESH_LOCK = 7263402;
// Months before the current one that are always recomputed: requests still
// open pass their deadline without being touched.
const RECENT_MONTHS = 2;
const FULL_EVERY_MS = 24 * 60 * 60 * 1000;
// Local time is UTC+8 all year (see domain/requests/working-days.ts).
const LOCAL = sql.raw(`interval '8 hours'`);

/** The aggregation for the requests `where` selects, into statistics_monthly. */
function aggregate(where: SQL, from: SQL): SQL {
  return sql`
    with cal as (
      select day, w, sum(w) over (order by day) - w as before
      from (
        select d::date as day,
          case when h.kind is not null then (h.kind = 'workday')::int else (extract(isodow from d) < 6)::int end as w
        from generate_series((${from})::date, (now() at time zone 'UTC' + ${LOCAL})::date + 62, interval '1 day') d
        left join holidays h on h.date = d::date
      ) x
    ),
    base as (
      select r.kind, r.category, r.unit_id, coalesce(u.officer_id, a.responsible_officer_id) as officer_id, r.status, r.satisfaction, r.deadline_at, r.resolved_at,
        r.first_response_at, r.reopened_at,
        r.created_at at time zone 'UTC' + ${LOCAL} as c_local,
        r.first_response_at at time zone 'UTC' + ${LOCAL} as f_local,
        r.resolved_at at time zone 'UTC' + ${LOCAL} as s_local
      from requests r
      left join users u on u.id = r.assignee_id
      left join areas a on a.id = r.area_id
      where ${where}
    ),
    facts as (
      select date_trunc('month', b.c_local)::date as month, b.*,
        case when b.first_response_at is not null then floor(greatest(0,
          (fc.before * 86400 + fc.w * extract(epoch from b.f_local - fc.day))
          - (cc.before * 86400 + cc.w * extract(epoch from b.c_local - cc.day))) / 3600)::int end as fr_hours,
        case when b.status = 'resolved' and b.resolved_at is not null then greatest(0, (sc.before + sc.w) - (cc.before + cc.w))::int end as answer_days
      from base b
      join cal cc on cc.day = b.c_local::date
      left join cal fc on fc.day = b.f_local::date
      left join cal sc on sc.day = b.s_local::date
    ),
    cells as (
      select f.*, s.scope, s.scope_id
      from facts f
      cross join lateral (values ('bureau', 0), ('unit', f.unit_id), ('officer', f.officer_id)) s(scope, scope_id)
      where s.scope_id is not null
    ),
    counts as (
      select month, scope, scope_id, count(*)::int as requests,
        count(*) filter (where kind = 'application')::int as applications,
        count(*) filter (where kind = 'question')::int as questions,
        count(*) filter (where kind = 'feedback')::int as feedback,
        count(*) filter (where category = 'incident')::int as incident,
        count(*) filter (where category = 'case')::int as "case",
        count(*) filter (where category = 'dispute')::int as dispute,
        count(*) filter (where category = 'hazard')::int as hazard,
        count(*) filter (where category = 'petition')::int as petition,
        count(*) filter (where category = 'difficulty')::int as difficulty,
        count(*) filter (where status = 'resolved'
          or (status in ('submitted', 'accepted', 'info_requested') and deadline_at < now()))::int as due,
        count(*) filter (where status = 'resolved' and resolved_at <= deadline_at)::int as on_time,
        count(*) filter (where status = 'resolved' or satisfaction is not null)::int as resolved,
        count(*) filter (where satisfaction is not null)::int as rated,
        count(*) filter (where satisfaction in ('satisfied', 'basically_satisfied'))::int as satisfied,
        count(*) filter (where reopened_at is not null)::int as reopened
      from cells group by 1, 2, 3
    ),
    fr as (
      select month, scope, scope_id, jsonb_object_agg(h, n) as hist
      from (select month, scope, scope_id, fr_hours as h, count(*)::int as n from cells where fr_hours is not null group by 1, 2, 3, 4) x
      group by 1, 2, 3
    ),
    ad as (
      select month, scope, scope_id, jsonb_object_agg(h, n) as hist
      from (select month, scope, scope_id, answer_days as h, count(*)::int as n from cells where answer_days is not null group by 1, 2, 3, 4) x
      group by 1, 2, 3
    )
    insert into statistics_monthly (month, scope, scope_id, requests, applications, questions, feedback, incident, "case",
      dispute, hazard, petition, difficulty, due, on_time, resolved, rated, satisfied, reopened, first_response_hours, answer_days)
    select c.month, c.scope, c.scope_id, c.requests, c.applications, c.questions, c.feedback, c.incident, c."case",
      c.dispute, c.hazard, c.petition, c.difficulty, c.due, c.on_time, c.resolved, c.rated, c.satisfied, c.reopened,
      coalesce(fr.hist, '{}'::jsonb), coalesce(ad.hist, '{}'::jsonb)
    from counts c left join fr using (month, scope, scope_id) left join ad using (month, scope, scope_id)`;
}

/**
 * The open-door ratings counted in the months `where` selects, added to their
 * cells (a cell with ratings but no requests is made): the bureau gets every
 * rating, a unit those of itself and of its officers, an officer their own.
 * Ratings held for moderation are not counted. A rating falls in the month
 * it was given, always among the months recomputed; one released from
 * moderation months later is counted at the next full refresh (daily).
 */
function aggregateEvaluations(where: SQL): SQL {
  return sql`
    with rated as (
      select date_trunc('month', e.created_at at time zone 'UTC' + ${LOCAL})::date as month,
        coalesce(e.unit_id, o.unit_id) as unit_id, e.officer_id, e.attitude + e.efficiency + e.fairness as points
      from evaluations e
      left join officers o on o.id = e.officer_id
      where e.state = 'counted' and ${where}
    ),
    cells as (
      select month, s.scope, s.scope_id, count(*)::int as n, sum(points)::int as points
      from rated cross join lateral (values ('bureau', 0), ('unit', unit_id), ('officer', officer_id)) s(scope, scope_id)
      where s.scope_id is not null
      group by 1, 2, 3
    )
    insert into statistics_monthly (month, scope, scope_id, requests, applications, questions, feedback, incident, "case",
      dispute, hazard, petition, difficulty, due, on_time, resolved, rated, satisfied, reopened, first_response_hours, answer_days,
      evaluations, evaluation_points)
    select month, scope, scope_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '{}'::jsonb, '{}'::jsonb, n, points from cells
    on conflict (scope, scope_id, month) do update set evaluations = excluded.evaluations, evaluation_points = excluded.evaluation_points`;
}

const monthOf = (column: SQL) => sql`date_trunc('month', ${column} at time zone 'UTC' + ${LOCAL})::date`;

/** Months (YYYY-MM-01) whose requests changed since `since`, and the last few. */
async function changedMonths(tx: Tx, since: Date): Promise<string[]> {
  const rows = await queryRows<{ month: string }>(
    tx,
    sql`select distinct to_char(${monthOf(sql`created_at`)}, 'YYYY-MM-DD') as month from requests where updated_at >= ${since.toISOString()}::timestamptz
        union
        select to_char(date_trunc('month', now() at time zone 'UTC' + ${LOCAL}) - n * interval '1 month', 'YYYY-MM-DD')
        from generate_series(0, ${RECENT_MONTHS}) n`,
  );
  return rows.map((r) => r.month).sort();
}

async function recompute(tx: Tx, months: string[] | "all"): Promise<void> {
  if (months === "all") {
    await tx.delete(statisticsMonthly).where(sql`true`);
    const [first] = await queryRows<{ at: string | null }>(tx, sql`select min(created_at)::text as at from requests`);
    if (!first?.at) return void (await tx.execute(aggregateEvaluations(sql`true`)));
    await tx.execute(aggregate(sql`true`, sql`(${first.at}::timestamptz at time zone 'UTC' + ${LOCAL})`));
    await tx.execute(aggregateEvaluations(sql`true`));
    return;
  }
  const list = sql`${`{${months.join(",")}}`}::date[]`;
  await tx.execute(sql`delete from statistics_monthly where month = any(${list})`);
  // The range lets the created_at index find the months' requests; the list drops those between them.
  const from = sql`(${months[0]}::timestamp - ${LOCAL}) at time zone 'UTC'`;
  const to = sql`(${months.at(-1)}::timestamp + interval '1 month' - ${LOCAL}) at time zone 'UTC'`;
  await tx.execute(
    aggregate(
      sql`r.created_at >= ${from} and r.created_at < ${to} and ${monthOf(sql`r.created_at`)} = any(${list})`,
      sql`${months[0]}::date`,
    ),
  );
  await tx.execute(
    aggregateEvaluations(sql`e.created_at >= ${from} and e.created_at < ${to} and ${monthOf(sql`e.created_at`)} = any(${list})`),
  );
}

export type RefreshResult = { refreshed: boolean; full: boolean; months: number };

/**
 * Brings the monthly aggregates up to date: everything when asked (after
 * seeding), never done before or not for a day, otherwise the
 * months whose requests changed since the last refresh and the last few.
 * Skips (refreshed: false) while another server is refreshing.
 */
export async function refreshStatistics(db: Db, options: { full?: boolean } = {}): Promise<RefreshResult> {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as ok`);
    if (!lock?.ok) return { refreshed: false, full: false, months: 0 };
    const [last] = await tx.select().from(statisticsRefreshes).limit(1);
    const [clock] = await queryRows<{ now: string }>(tx, sql`select now()::text as now`);
    const now = new Date(clock!.now);
    // Once a day everything, so a change to the holiday calendar reaches every month's working hours.
    const full = options.full === true || !last || now.getTime() - last.fullAt.getTime() > FULL_EVERY_MS;
    // A minute's margin for transactions that began before the last refresh and committed after it.
    const months = full ? "all" : await changedMonths(tx, new Date(last.refreshedAt.getTime() - 60_000));
    await recompute(tx, months);
    await tx
      .insert(statisticsRefreshes)
      .values({ id: 1, refreshedAt: now, fullAt: full ? now : last!.fullAt })
      .onConflictDoUpdate({ target: statisticsRefreshes.id, set: { refreshedAt: now, ...(full ? { fullAt: now } : {}) } });
    return { refreshed: true, full, months: months === "all" ? -1 : months.length };
  });
}
