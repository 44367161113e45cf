// Bulk-loads realistic requests for benchmarks: `generateRequests(db, count)`,
// or `npm run bench:generate -- 1000000` against DATABASE_URL (scripts/generate-requests.ts). Rows are made
// by PostgreSQL itself (INSERT … SELECT … FROM generate_series), a chunk per
// statement, each with its "submitted" event, so a million rows take a minute,
// not an hour. Tracking numbers are "G" and ten digits: never a real one.
// Tokens and idempotency keys start with the row number before their md5
// part, so their unique indexes fill at one end instead of at random: that
// alone doubles the speed, and nothing measured looks them up.
import { sql } from "drizzle-orm";

import type { Db, Tx } from "../client";
import { queryRows } from "../sql";

const CHUNK = 250_000;
// Argon2id-shaped; generated requests are never tracked with an access code.
const ACCESS_CODE_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Z2VuZXJhdGVkLXJlcXVlc3Q$2mQ4nTq0m9Vq1b6Jk7Qe8o3c4Fv5yZr1aX0pLwS9dHk";
const SUBJECTS = [
  "邻里噪音扰民",
  "路灯损坏夜间无照明",
  "电动车被盗",
  "楼道堆放杂物",
  "疑似电信诈骗",
  "宅基地边界纠纷",
  "河道护栏缺失",
  "流浪犬伤人隐患",
  "户籍迁移办理咨询",
  "居住证办理进度",
  "夜市占道经营",
  "老人走失求助",
  "学校门口交通拥堵",
  "非法营运车辆",
  "燃气管道异味",
  "感谢民警帮助找回钱包",
];

type Staff = { officerId: number | null; officerUnitId: number | null; moderatorId: number | null };

async function demoStaff(db: Db | Tx): Promise<Staff> {
  const rows = await queryRows<{ email: string; id: number; unit_id: number | null }>(
    db,
    sql`select email, id, unit_id from users where email in ('officer@demo.test', 'moderator@demo.test')`,
  );
  const officer = rows.find((r) => r.email === "officer@demo.test");
  return {
    officerId: officer?.id ?? null,
    officerUnitId: officer?.unit_id ?? null,
    moderatorId: rows.find((r) => r.email === "moderator@demo.test")?.id ?? null,
  };
}

/**
 * One chunk: numbers first..last, areas by row number modulo the area count.
 * Some answers are late (fewer as the months go by), some dissatisfied
 * residents had their request reopened and answered again. With `history`
 * nothing is left open and each request gets its lifecycle's events (triage,
 * reply, resolution, rating, reopening), not only "submitted".
 */
function insertChunk(first: number, last: number, areaCount: number, staff: Staff, history: boolean) {
  return sql`
    with drawn as (
      select n, random() as r_kind, random() as r_topic, random() as r_class, random() as r_status,
             random() as r_age, random() as r_days, random() as r_assign, random() as r_misc, random() as r_late
      from generate_series(${first}::bigint, ${last}::bigint) as g(n)
    ),
    shaped as (
      select d.*,
        case when r_kind < 0.80 then 'feedback' when r_kind < 0.92 then 'question' else 'application' end::request_kind as kind,
        case when ${history}::boolean and r_status < 0.03 then 'resolved'
             when r_status < 0.015 then 'submitted' when r_status < 0.025 then 'accepted' when r_status < 0.03 then 'info_requested'
             when r_status < 0.89 then 'resolved' when r_status < 0.94 then 'rejected' else 'withdrawn' end::request_status as status,
        -- What is still open arrived in the last month; the rest over two years (a day old at least).
        now() - (case when r_status < 0.03 and not ${history}::boolean then 30 * r_age else 1 + 729 * r_age end) * interval '1 day' as created_at
      from drawn d
    ),
    dated as (
      select s.*,
        case when kind <> 'feedback' then null when r_topic < 0.55 then 'problem' when r_topic < 0.65 then 'complaint'
             when r_topic < 0.77 then 'suggestion' when r_topic < 0.85 then 'praise' when r_topic < 0.90 then 'chief_letter' else 'tip' end as topic,
        created_at + (3 + floor(r_days * 13)) * interval '1 day' as deadline_at,
        case when status <> 'submitted' then created_at + r_days * interval '20 hours' end as first_response_at
      from shaped s
    ),
    timed as (
      select t.*,
        -- Late when r_late passes 0.8 / (0.9 + 0.3 · age): a third two years ago, a tenth now.
        case when status in ('resolved', 'rejected', 'withdrawn')
             then least(now(), created_at + (0.2 + r_late * (0.9 + 0.3 * r_age)) * (deadline_at - created_at)) end as resolved_at,
        status = 'resolved' and r_misc >= 0.36 and r_misc < 0.4 and r_late < 0.5 as reopened
      from dated t
    ),
    areas_numbered as (select id, unit_id, name_zh, row_number() over (order by id) - 1 as rn from areas),
    inserted as (
      insert into requests (kind, tracking_number, access_code_hash, track_token, status, topic, category, unit_id, area_id,
        assignee_id, subject, body, contact_name, contact_phone, anonymous, consent_to_publish, deadline_at, first_response_due_at,
        first_response_at, triaged_at, resolved_at, satisfaction, reopened_at, idempotency_key, created_at, updated_at)
      select d.kind, 'G' || lpad(d.n::text, 10, '0'), ${ACCESS_CODE_HASH}, lpad(to_hex(d.n), 10, '0') || left(md5('track:' || d.n), 22), d.status, d.topic,
        case when d.topic <> 'problem' then null when r_class < 0.30 then 'dispute' when r_class < 0.50 then 'hazard'
             when r_class < 0.65 then 'incident' when r_class < 0.80 then 'difficulty' when r_class < 0.90 then 'case' else 'petition' end,
        a.unit_id, a.id,
        case when d.status = 'submitted' then null
             when a.unit_id = ${staff.officerUnitId} and r_assign < 0.6 then ${staff.officerId}::integer
             when r_assign < 0.05 then ${staff.moderatorId}::integer end,
        a.name_zh || '：' || (string_to_array(${SUBJECTS.join("|")}, '|'))[1 + d.n % ${SUBJECTS.length}],
        '详细情况：' || (string_to_array(${SUBJECTS.join("|")}, '|'))[1 + d.n % ${SUBJECTS.length}] || '，请尽快处理。',
        case when r_misc < 0.15 then '' else '群众' end,
        case when r_misc < 0.15 then '' else '138' || lpad((d.n % 100000000)::text, 8, '0') end,
        r_misc < 0.15, r_misc > 0.7, d.deadline_at, d.created_at + interval '1 day',
        d.first_response_at, d.first_response_at, d.resolved_at,
        -- A reopened request was answered again and not rated a second time.
        case when d.status <> 'resolved' or r_misc > 0.4 or d.reopened then null when r_misc < 0.28 then 'satisfied'
             when r_misc < 0.36 then 'basically_satisfied' else 'dissatisfied' end::satisfaction,
        case when d.reopened then d.first_response_at + (d.resolved_at - d.first_response_at) / 2 end,
        'gen-' || lpad(to_hex(d.n), 10, '0') || left(md5('idempotency:' || d.n), 22), d.created_at, d.created_at
      from timed d
      join areas_numbered a on a.rn = (d.n * 7919) % ${areaCount}
      -- In arrival order, as a real table fills: the deadline indexes then grow at one end.
      order by d.created_at
      returning id, created_at, status, first_response_at, resolved_at, satisfaction, reopened_at
    )
    insert into request_events (request_id, type, visibility, body, from_status, to_status, created_at)
    select i.id, e.type, 'public', e.body, e.from_status::request_status, e.to_status::request_status, e.at
    from inserted i
    cross join lateral (values
      ('submitted', '', null, 'submitted', i.created_at),
      ('triaged', '', 'submitted', 'accepted', i.first_response_at),
      ('public_reply', '您好，已收到您反映的情况，正在处理。', null, null, i.first_response_at + interval '1 minute'),
      ('resolved', '已处理。', 'accepted', 'resolved', i.reopened_at - interval '1 hour'),
      ('rated', '', 'resolved', 'accepted', i.reopened_at - interval '1 minute'),
      ('reopened', '', 'resolved', 'accepted', i.reopened_at),
      (i.status::text, case i.status when 'resolved' then '已处理完毕。' when 'rejected' then '不属于公安机关职责。' else '' end,
        'accepted', i.status::text, case when i.status in ('resolved', 'rejected', 'withdrawn') then i.resolved_at end),
      ('rated', '', 'resolved', 'resolved', case when i.satisfaction is not null then least(now(), i.resolved_at + interval '1 day') end)
    ) e(type, body, from_status, to_status, at)
    where e.at is not null and (e.type = 'submitted' or ${history}::boolean)`;
}

/**
 * Adds `count` generated requests after any generated before; returns rows
 * per second. `history` makes a closed past with every lifecycle event (the
 * demo's), instead of the benchmark's lighter rows.
 */
export async function generateRequests(
  db: Db | Tx,
  count: number,
  options: { history?: boolean } = {},
): Promise<{ rows: number; seconds: number; rowsPerSecond: number }> {
  const [areaRow] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from areas`);
  const areaCount = areaRow?.n ?? 0;
  if (!areaCount) throw new Error("no areas: load the demo bureau first (npm run db:seed -- --demo)");
  const staff = await demoStaff(db);
  // Generated numbers sort after every real one ("A", "F", "Q"): the unique index answers this at once.
  const [top] = await queryRows<{ n: string | null }>(
    db,
    sql`select max(tracking_number) as n from requests where tracking_number >= 'G' and tracking_number < 'H'`,
  );
  const start = top?.n ? Number(top.n.slice(1)) + 1 : 1;
  const started = performance.now();
  for (let first = start; first < start + count; first += CHUNK) {
    const last = Math.min(first + CHUNK, start + count) - 1;
    await db.execute(insertChunk(first, last, areaCount, staff, options.history === true));
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows: count, seconds, rowsPerSecond: Math.round(count / seconds) };
}
