import type { APIResponse } from "@playwright/test";
import type postgres from "postgres";

import { accountRows } from "./account-rows";
import {
  actionsOf,
  admins,
  editors,
  everyone,
  field,
  forRecord,
  handlers,
  nobody,
  setStatus,
  signedIn,
  type ActionRow,
} from "./action-row";
import type { Sql } from "./database";
import { deskActionRows } from "./desk-rows";
import { evaluationActionRows } from "./evaluation-rows";
import { actionIds, filled, formsFor, post } from "./forms";
import { open311ActionRows } from "./open311-rows";
import type { Records } from "./records";
import { servicesActionRows } from "./services-rows";
import { transparencyActionRows } from "./transparency-rows";

// Every server action, tried by every role: one line each (a line per record
// where records differ). action-row.ts says what a line and its cells mean.

const root = actionsOf("app/actions.ts");
const feedback = actionsOf("app/(public)/feedback/new/actions.ts");
const signIn = actionsOf("app/(public)/sign-in/actions.ts");
const signUp = actionsOf("app/(public)/sign-up/actions.ts");
const track = actionsOf("app/(public)/track/actions.ts");
const account = actionsOf("app/(public)/account/actions.ts");
const officer = actionsOf("app/(staff)/staff/directory/officers/[id]/actions.ts");
const unit = actionsOf("app/(staff)/staff/directory/units/[id]/actions.ts");
const area = actionsOf("app/(staff)/staff/directory/areas/[id]/actions.ts");
const areas = actionsOf("app/(staff)/staff/directory/areas/actions.ts");
const directoryImport = actionsOf("app/(staff)/staff/directory/import/actions.ts");
const outbox = actionsOf("app/(staff)/staff/outbox/actions.ts");
const request = actionsOf("app/(staff)/staff/requests/[trackingNo]/actions.ts");
const queue = actionsOf("app/(staff)/staff/requests/actions.ts");
const templates = actionsOf("app/(staff)/staff/templates/actions.ts");
const settings = actionsOf("app/(staff)/staff/settings/actions.ts");
const users = actionsOf("app/(staff)/staff/users/actions.ts");

/** The request lines, once for a request of the officer's own station and once for another station's. */
function requestLines(at: "own" | "other"): ActionRow[] {
  const page = (r: Records) => `/staff/requests/${r[at].trackingNumber}`;
  const note = `${at} station`;
  const withinStation = at === "own" ? handlers : editors;
  const accepted = (sql: Sql, r: Records) => setStatus(sql, r[at].id, "accepted");
  const unit = (r: Records) => String((at === "own" ? r.stationA : r.stationB).id);
  return [
    request("replyAction", withinStation, "moderator", page, {
      note,
      fill: () => ({ body: "Checked with the desk.", visibility: "internal" }),
    }),
    request("triageAction", editors, "moderator", page, { note, fill: (r) => ({ unitId: unit(r), category: "", assigneeId: "" }) }),
    request("statusAction", withinStation, "moderator", page, {
      note: `${note}, asking for information`,
      arrange: accepted,
      pick: (form) => field(form, "action") === "askForInformation",
      fill: () => ({ body: "Which street is it?" }),
    }),
    request("statusAction", editors, "moderator", page, {
      note: `${note}, reopening`,
      arrange: (sql, r) => setStatus(sql, r[at].id, "resolved"),
      pick: (form) => field(form, "action") === "reopen",
    }),
    request("publishAction", editors, "moderator", page, {
      note,
      arrange: accepted,
      fill: () => ({ publicTitle: "A published question", publicQuestion: "What was asked", publicReply: "What was answered" }),
    }),
    request("unpublishAction", editors, "moderator", page, {
      note,
      arrange: async (sql, r) => {
        await accepted(sql, r);
        await sql`insert into publications (request_id, public_title, public_question, public_reply)
                  values (${r[at].id}, 'A published question', 'What was asked', 'What was answered')
                  on conflict (request_id) do update set hidden_at = null, hidden_reason = null`;
      },
      fill: () => ({ reason: "Published by mistake" }),
    }),
    queue("assignRequestsAction", editors, "moderator", "/staff/requests", {
      note,
      fill: (r) => ({ requestIds: [String(r[at].id)], assigneeId: String(at === "own" ? r.users.officer : r.users.moderator) }),
    }),
  ];
}

const checkImport = directoryImport("checkImportAction", editors, "moderator", "/staff/directory/import", {
  fill: (r) => ({ kind: "officers", csv: new File([r.officerCsv], "officers.csv", { type: "text/csv" }) }),
});

// The deadlines as they were before the line: every call starts from them, and they are put back after.
let deadlines: postgres.JSONValue | null = null;
const holiday = { date: "2099-12-31", kind: "holiday", nameZh: "测试日", nameEn: "Test day" };
const noHoliday = async (sql: Sql) => void (await sql`delete from holidays where date = ${holiday.date}`);
const spareIn = (status: string) => (sql: Sql, r: Records) => setStatus(sql, r.spare.id, status);
const spareReceipt = (r: Records) => ({ trackingNumber: r.spare.trackingNumber, accessCode: r.spare.accessCode });

export const actionRows: ActionRow[] = [
  root("setLocaleAction", everyone, "signedOut", "/", {
    fill: () => ({ locale: "en" }),
    done: (response) => expectThat(/NEXT_LOCALE=en/.test(response.headers()["set-cookie"] ?? ""), "a locale cookie"),
  }),
  feedback("submitFeedbackAction", everyone, "signedOut", "/feedback/new?topic=suggestion", {
    note: "the spare request's form sent again: the same receipt for anyone, as for a retry (the requests sent in records.ts made new ones)",
    fill: (r) => ({ idempotencyKey: r.spare.idempotencyKey, subject: "Again", body: "Again", contactEmail: `spare.${r.tag}@matrix.test` }),
    done: async (response, changed, r) => {
      expectThat((await response.text()).includes(`>${r.spare.trackingNumber}</dd>`), "the spare request's receipt");
      expectThat(changed.length === 0, "no new request");
    },
  }),
  signIn("signInAction", everyone, "signedOut", "/sign-in", {
    note: "an unknown account: the form answers, nobody is signed in",
    fill: (r) => ({ email: `nobody.${r.tag}@matrix.test`, password: "not-the-password" }),
    done: answeredWithForm,
  }),
  signUp("signUpAction", everyone, "signedOut", "/sign-up", {
    note: "a new address each call: the account waits for the password chosen through the link",
    arrange: async (_sql, r, role) => (role ? { email: `signup.${r.tag}.${role}@matrix.test` } : undefined),
    fill: () => ({ name: "Matrix" }),
  }),
  track("trackAction", everyone, "signedOut", "/track", {
    fill: spareReceipt,
    done: (response, _, r) => expectThat(response.headers()["location"] === `/track/${r.spare.trackToken}`, "the tracking page"),
  }),
  // The tracking link is the resident's key to the request, whoever holds it.
  track("addInfoAction", everyone, "signedOut", (r) => `/track/${r.spare.trackToken}`, {
    arrange: spareIn("accepted"),
    fill: () => ({ body: "The light is still out." }),
  }),
  track("rateAction", everyone, "signedOut", (r) => `/track/${r.spare.trackToken}`, {
    arrange: spareIn("resolved"),
    fill: () => ({ satisfaction: "satisfied" }),
  }),
  track("withdrawAction", everyone, "signedOut", (r) => `/track/${r.spare.trackToken}`, {
    note: "confirmed (the second step)",
    arrange: spareIn("submitted"),
    fill: () => ({ confirm: "yes" }),
  }),
  track("withdrawAction", nobody, "signedOut", (r) => `/track/${r.spare.trackToken}`, {
    note: "the page's form with its tracking token changed on the way: a token names one request or none",
    arrange: spareIn("submitted"),
    fill: () => ({ confirm: "yes" }),
    rebind: ([token, ...rest], r) => [`${String(token).slice(0, -4)}${r.tag.slice(0, 4)}`, ...rest],
  }),
  account("claimRequestAction", "signIn done refused refused refused", "resident", "/account", {
    note: "only residents link requests to their account",
    arrange: async (sql, r) => void (await sql`update requests set account_id = null where id = ${r.spare.id}`),
    fill: spareReceipt,
  }),

  officer("saveOfficerAction", editors, "moderator", (r) => `/staff/directory/officers/${r.published.id}`, { note: "saved as it is" }),
  officer("setOfficerPublishedAction", editors, "moderator", (r) => `/staff/directory?q=${encodeURIComponent(r.unpublished.name)}`, {
    note: "the unpublished officer, kept unpublished",
    pick: forRecord("officerId", (r) => r.unpublished.id),
    fill: () => ({ published: "false" }),
  }),
  unit("saveUnitAction", editors, "moderator", (r) => `/staff/directory/units/${r.stationA.id}`, { note: "saved as it is" }),
  area("saveAreaAction", editors, "moderator", (r) => `/staff/directory/areas/${r.area.id}`, { note: "saved as it is" }),
  areas("assignAreasAction", editors, "moderator", (r) => `/staff/directory/areas?unit=${r.stationA.id}`, {
    note: "to the officer already responsible",
    fill: (r) => ({ areaIds: [String(r.area.id)], responsibleOfficerId: String(r.area.responsibleOfficerId) }),
  }),
  checkImport,
  directoryImport("confirmImportAction", editors, "moderator", "/staff/directory/import", {
    note: "the form that answers a checked file; each call confirms an import of its own",
    render: async (session, r) => {
      const page = "/staff/directory/import";
      const [check] = formsFor(await (await session.get(page)).text(), page, actionIds().get(checkImport.action)!);
      return (await post(session, filled(check!, checkImport.fill!(r, check!)))).text();
    },
    arrange: async (sql, r) => {
      const [pending] = await sql<{ id: string }[]>`
        insert into directory_imports (kind, csv, row_count, created_by)
        values ('officers', ${r.officerCsv}, 1, ${r.users.moderator}) returning id`;
      return { importId: pending!.id };
    },
  }),
  outbox("retryOutboxAction", editors, "moderator", "/staff/outbox?status=failed", {
    arrange: async (sql, r) => {
      // A fresh copy each call: the dispatcher is busy sending the one retried before.
      const [message] = await sql<{ id: string }[]>`
        insert into outbox (channel, recipient, template, payload, status, attempts)
        select channel, recipient, template, payload, 'failed', 5 from outbox
        where recipient = ${`spare.${r.tag}@matrix.test`} order by id limit 1 returning id`;
      return { id: message!.id };
    },
  }),
  ...requestLines("own"),
  ...requestLines("other"),
  templates("saveTemplateAction", editors, "moderator", "/staff/templates", {
    note: "a new template",
    pick: (form) => field(form, "title") === "",
    fill: (r) => ({ title: `Matrix template ${r.tag}`, bodyZh: "感谢来信 {trackingNumber}。", bodyEn: "Thank you for {trackingNumber}." }),
    cleanup: async (sql, r) => void (await sql`delete from reply_templates where title = ${`Matrix template ${r.tag}`}`),
  }),
  templates("deleteTemplateAction", editors, "moderator", "/staff/templates", {
    arrange: async (sql, r) => {
      const [template] = await sql<{ id: number }[]>`
        insert into reply_templates (title, body_zh, body_en) values (${`Matrix doomed ${r.tag}`}, '待删除', 'To be deleted') returning id`;
      return { templateId: String(template!.id) };
    },
    cleanup: async (sql, r) => void (await sql`delete from reply_templates where title = ${`Matrix doomed ${r.tag}`}`),
  }),
  settings("updateDeadlinesAction", admins, "admin", "/staff/settings", {
    note: "one class's working days changed",
    arrange: async (sql) => {
      if (deadlines === null)
        deadlines = (await sql<{ value: postgres.JSONValue }[]>`select value from settings where key = 'deadlines'`)[0]?.value ?? {};
      else await sql`update settings set value = ${sql.json(deadlines)} where key = 'deadlines'`;
    },
    fill: (_r, form) => {
      const [name, days] = form.fields.find(([n, v]) => !n.startsWith("$") && /^\d+$/.test(String(v)))!;
      return { [name]: String((Number(days) % 60) + 1) };
    },
    cleanup: async (sql) => void (await sql`update settings set value = ${sql.json(deadlines)} where key = 'deadlines'`),
  }),
  settings("saveHolidayAction", admins, "admin", "/staff/settings", { arrange: noHoliday, fill: () => holiday, cleanup: noHoliday }),
  settings("deleteHolidayAction", admins, "admin", "/staff/settings?year=2099", {
    arrange: async (sql) =>
      void (await sql`insert into holidays (date, kind, name_zh, name_en)
                      values (${holiday.date}, 'holiday', ${holiday.nameZh}, ${holiday.nameEn}) on conflict do nothing`),
    pick: (form) => field(form, "date") === holiday.date,
  }),
  users("setUserDisabledAction", admins, "admin", (r) => `/staff/users/${r.bystander}`, {
    note: "a bystander's account",
    arrange: async (sql, r) => void (await sql`update users set disabled = false where id = ${r.bystander}`),
  }),
  users("signOutUserEverywhereAction", admins, "admin", (r) => `/staff/users/${r.bystander}`, { note: "a bystander's account" }),
  ...accountRows,
  ...evaluationActionRows,
  ...deskActionRows,
  ...servicesActionRows,
  ...transparencyActionRows,
  ...open311ActionRows,
  account("signOutEverywhereAction", signedIn, "resident", "/account", { last: true }),
  root("signOutAction", everyone, "resident", "/", {
    last: true,
    done: (response) => expectThat(response.status() === 303, "a redirect"),
  }),
];

function expectThat(holds: boolean, what: string) {
  if (!holds) throw new Error(`expected ${what}`);
}

/** The sign-in form with input it refuses: answered with the form, no session, nothing written. */
function answeredWithForm(response: APIResponse, changed: string[]) {
  expectThat(response.status() === 200, "form in the answer");
  expectThat(!/session-token=[^;]/.test(response.headers()["set-cookie"] ?? ""), "no session cookie");
  expectThat(changed.length === 0, `no write (${changed.join(", ")} changed)`);
}
