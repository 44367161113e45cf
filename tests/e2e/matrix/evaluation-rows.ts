import { actionsOf, editors, everyone, field, handlers, type ActionRow } from "./action-row";
import type { Sql } from "./database";
import type { PageRow } from "./page-rows";
import type { Records } from "./records";

// The lines of open-door evaluation (/rate, its report, moderation) and of
// neighbourhood priorities and visits. The demo seeds visits 1–3 at the demo
// officer's station (records.ts stationA).

const rate = actionsOf("app/(public)/rate/actions.ts");
const moderation = actionsOf("app/(staff)/staff/evaluations/actions.ts");
const neighbourhood = actionsOf("app/(staff)/staff/neighbourhood/actions.ts");
const fromReport = actionsOf("app/(staff)/staff/requests/[trackingNo]/priority-actions.ts");

const all = "200 200 200 200 200";
const staff = "signIn 403 200 200 200";

export const evaluationPageRows: PageRow[] = [
  { route: "page /rate", cells: all, path: () => "/rate" },
  { route: "page /rate", cells: all, path: (r) => `/rate?target=officer:${r.published.badge}`, note: "rating a published officer" },
  { route: "page /rate", cells: all, path: (r) => `/rate?q=${r.unpublished.badge}`, note: "searching for an unpublished officer's badge" },
  { route: "page /rate/comments", cells: all, path: (r) => `/rate/comments?target=unit:${r.stationA.slug}` },
  { route: "page /rate", cells: all, path: () => "/rate?target=service:residence-permit", note: "rating a service" },
  { route: "page /rate/report", cells: all, path: () => "/rate/report" },
  { route: "page /neighbourhood", cells: all, path: () => "/neighbourhood" },
  { route: "GET /neighbourhood/visits/[id]/ics", cells: all, path: () => "/neighbourhood/visits/1/ics" },
  { route: "GET /neighbourhood/stations/[slug]/ics", cells: all, path: (r) => `/neighbourhood/stations/${r.stationA.slug}/ics` },
  { route: "page /staff/evaluations", cells: staff, path: () => "/staff/evaluations" },
  { route: "page /staff/neighbourhood", cells: staff, path: () => "/staff/neighbourhood" },
  {
    route: "page /staff/neighbourhood/[kind]/[id]",
    cells: staff,
    path: () => "/staff/neighbourhood/visits/1",
    note: "a visit of the officer's station",
  },
];

/** A comment waiting for a moderator, one per call. */
async function pendingComment(sql: Sql, r: Records) {
  const [row] = await sql<{ id: string }[]>`
    insert into evaluations (officer_id, attitude, efficiency, fairness, comment, comment_public, comment_state)
    values (${r.published.id}, 4, 4, 4, ${`Matrix comment ${r.tag}`}, ${`Matrix comment ${r.tag}`}, 'pending') returning id`;
  return { id: row!.id };
}

const priority = (r: Records) => ({ issue: `Matrix priority ${r.tag}`, action: "Patrols at night", dueOn: "2099-06-30" });
const visit = () => ({
  place: "Village committee",
  purpose: "Door-to-door visits",
  day: "2099-06-30",
  startTime: "09:30",
  endTime: "11:00",
});

/** The officer's station's sentinel as a published problem report that is no priority yet, before each call. */
async function publishedReport(sql: Sql, r: Records) {
  await sql`update requests set topic = 'problem' where id = ${r.own.id}`;
  await sql`insert into publications (request_id, public_title, public_question, public_reply)
    values (${r.own.id}, ${`Matrix report ${r.tag}`}, 'Street light out', 'Reported') on conflict (request_id) do update set hidden_at = null`;
  await sql`delete from priorities where request_id = ${r.own.id}`;
}

export const evaluationActionRows: ActionRow[] = [
  rate("rateAction", everyone, "signedOut", (r) => `/rate?target=officer:${r.published.badge}`, {
    note: "an open rating, once per browser",
    fill: () => ({ attitude: "5", efficiency: "4", fairness: "4", comment: "" }),
  }),
  moderation("moderateEvaluationAction", editors, "moderator", "/staff/evaluations?show=pending", {
    note: "approving a new comment",
    arrange: (sql, r) => pendingComment(sql, r),
    pick: (form) => field(form, "decision") === "approve",
  }),
  neighbourhood("savePriorityAction", handlers, "officer", "/staff/neighbourhood", {
    note: "a new priority of the officer's own station",
    pick: (form) => field(form, "issue") !== undefined,
    fill: priority,
  }),
  neighbourhood("savePriorityAction", editors, "moderator", (r) => `/staff/neighbourhood?unit=${r.stationB.slug}`, {
    note: "a new priority of another station: not the officer's",
    pick: (form) => field(form, "issue") !== undefined,
    fill: priority,
  }),
  neighbourhood("saveVisitAction", handlers, "officer", "/staff/neighbourhood", {
    note: "a new visit of the officer's own station",
    pick: (form) => field(form, "place") !== undefined,
    fill: visit,
  }),
  neighbourhood("saveVisitAction", editors, "moderator", (r) => `/staff/neighbourhood?unit=${r.stationB.slug}`, {
    note: "a new visit of another station: not the officer's",
    pick: (form) => field(form, "place") !== undefined,
    fill: visit,
  }),
  fromReport("makePriorityAction", handlers, "moderator", (r) => `/staff/requests/${r.own.trackingNumber}`, {
    note: "the officer's station's published report made a priority",
    arrange: (sql, r) => publishedReport(sql, r),
    fill: (r) => ({ issue: `Matrix priority from a report ${r.tag}`, action: "Repair and patrol", dueOn: "2099-06-30" }),
    cleanup: async (sql, r) => {
      await sql`delete from priorities where request_id = ${r.own.id}`;
      await sql`update publications set hidden_at = now(), hidden_reason = 'matrix' where request_id = ${r.own.id}`;
      await sql`update requests set topic = 'complaint' where id = ${r.own.id}`;
    },
  }),
];
