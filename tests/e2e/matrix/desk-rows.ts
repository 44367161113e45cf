import { actionsOf, everyone, type ActionRow } from "./action-row";
import type { Sql } from "./database";
import type { PageRow } from "./page-rows";
import type { Records } from "./records";

// The virtual police desk's lines: its public pages, the question form, "me
// too" on a published question, and an officer's away periods.

const desk = actionsOf("app/(public)/desk/actions.ts");
const staffAccount = actionsOf("app/(staff)/staff/account/actions.ts");
const request = actionsOf("app/(staff)/staff/requests/[trackingNo]/actions.ts");

const officersOnly = "signIn refused done refused refused";
const awayFrom = "2099-03-01";
const place = encodeURIComponent("王庄村");

export const deskPageRows: PageRow[] = [
  { route: "page /desk", cells: "200 200 200 200 200", path: () => "/desk" },
  { route: "page /desk", cells: "200 200 200 200 200", path: () => `/desk?place=${place}`, note: "who answers for a village" },
  {
    route: "page /desk/q/[trackingNumber]",
    cells: "404 404 404 404 404",
    path: (r) => `/desk/q/${r.own.trackingNumber}`,
    note: "a request that is no published question: no one reads it here",
  },
  {
    route: "page /feedback/replies/[trackingNumber]",
    cells: "404 404 404 404 404",
    path: (r) => `/feedback/replies/${r.own.trackingNumber}`,
    note: "a request that is not published: no one reads it here",
  },
];

/** A published desk question of this run, made straight in the tables: the "me too" button's item. */
const questionNumber = (r: Records) => `QMATRIX-${r.tag.toUpperCase().replace(/[^0-9A-Z]/g, "")}`;
/** A published problem report of this run, the same way: "me too" on its permalink. */
const reportNumber = (r: Records) => `FMATRIX-${r.tag.toUpperCase().replace(/[^0-9A-Z]/g, "")}`;

async function publishedQuestion(sql: Sql, r: Records, kind: "question" | "feedback" = "question"): Promise<void> {
  const trackingNumber = kind === "question" ? questionNumber(r) : reportNumber(r);
  const [row] = await sql<{ id: number }[]>`
    insert into requests (kind, topic, tracking_number, access_code_hash, track_token, status, unit_id, subject, body,
                          consent_to_publish, deadline_at, first_response_due_at, resolved_at, idempotency_key)
    values (${kind}, ${kind === "question" ? null : "problem"}, ${trackingNumber}, 'not-a-hash', ${`matrix-${kind}-${r.tag}-token-0000`},
            'resolved', ${r.stationA.id}, 'Matrix desk question', 'Asked', true, now(), now(), now(), ${`matrix-${kind}-${r.tag}-key-00000`})
    on conflict (tracking_number) do update set status = 'resolved' returning id`;
  await sql`insert into publications (request_id, public_title, public_question, public_reply)
            values (${row!.id}, 'Matrix desk question', 'Asked', 'Answered') on conflict (request_id) do nothing`;
}

export const deskActionRows: ActionRow[] = [
  desk("submitQuestionAction", everyone, "signedOut", `/desk?place=${place}`, {
    note: "a new question each call (a form key of its own: the same key would only return the same receipt)",
    arrange: async (_sql, r, role) =>
      role ? { idempotencyKey: `matrix-desk-${r.tag}-${role}-question`.replace(/[^\w-]/g, "") } : undefined,
    fill: () => ({ topic: "other", subject: "Matrix question", body: "When is the office open?" }),
  }),
  desk("backItemAction", everyone, "signedOut", (r) => `/desk/q/${questionNumber(r)}`, {
    note: "a published question: each role backs it once",
    arrange: (sql, r) => publishedQuestion(sql, r),
    cleanup: async (sql, r) => void (await sql`delete from requests where tracking_number = ${questionNumber(r)}`),
  }),
  desk("meTooCodeAction", everyone, "signedOut", (r) => `/desk/q/${questionNumber(r)}`, {
    note: "a code sent for a published question, to an address of each role's own",
    arrange: async (sql, r, role) => {
      await publishedQuestion(sql, r);
      return role ? { contact: `${role}.${r.tag}@matrix.test`.toLowerCase().replace(/[^a-z0-9@.]/g, "") } : undefined;
    },
    cleanup: async (sql, r) => void (await sql`delete from requests where tracking_number = ${questionNumber(r)}`),
  }),
  desk("meTooCodeAction", everyone, "signedOut", (r) => `/feedback/replies/${reportNumber(r)}`, {
    note: "a code sent for a published problem report, from its permalink",
    arrange: async (sql, r, role) => {
      await publishedQuestion(sql, r, "feedback");
      return role ? { contact: `${role}.report.${r.tag}@matrix.test`.toLowerCase().replace(/[^a-z0-9@.]/g, "") } : undefined;
    },
    cleanup: async (sql, r) => void (await sql`delete from requests where tracking_number = ${reportNumber(r)}`),
  }),
  // The own station's request made an open desk question assigned to the demo officer, handed back to the station's queue.
  request("reassignAction", "signIn refused refused done done", "moderator", (r) => `/staff/requests/${r.own.trackingNumber}`, {
    note: "own station's request as a desk question, to the station's queue",
    arrange: async (sql, r) =>
      void (await sql`update requests set kind = 'question', status = 'submitted', assignee_id = ${r.users.officer} where id = ${r.own.id}`),
    fill: () => ({ reason: "Matrix reassignment" }),
    cleanup: async (sql, r) =>
      void (await sql`update requests set kind = 'feedback', status = 'accepted', assignee_id = null where id = ${r.own.id}`),
  }),
  staffAccount("markAwayAction", officersOnly, "officer", "/staff/account", {
    note: "only an officer marks themselves away",
    fill: () => ({ fromDate: awayFrom, toDate: "2099-03-05" }),
    cleanup: async (sql) => void (await sql`delete from away_periods where from_date = ${awayFrom}`),
  }),
  staffAccount("cancelAwayAction", officersOnly, "officer", "/staff/account", {
    note: "the officer's own away period",
    arrange: async (sql, r) => {
      const [period] = await sql<{ id: number }[]>`
        insert into away_periods (user_id, from_date, to_date) values (${r.users.officer}, ${awayFrom}, '2099-03-02') returning id`;
      return { id: String(period!.id) };
    },
    cleanup: async (sql) => void (await sql`delete from away_periods where from_date = ${awayFrom}`),
  }),
];
