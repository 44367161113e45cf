import type { APIRequestContext } from "@playwright/test";

import { appCode, passwordLinkPath, waitForMail } from "../fixtures";
import { actionsOf, admins, everyone, field, handlers, signedIn, type ActionRow } from "./action-row";
import type { Sql } from "./database";
import { actionIds, formsFor, post } from "./forms";
import type { Records } from "./records";
import { client, DEMO_PASSWORD, passwordStep } from "./sessions";

// The lines of the account actions: passwords, the second factor, and the
// admins' staff accounts. Several need what only the site hands out (a
// password link by e-mail, a sign-in under way, a secret shown once), so the
// lines take them as a person would, and put the demo accounts back after.

const signIn = actionsOf("app/(public)/sign-in/actions.ts");
const password = actionsOf("app/(public)/password/[token]/actions.ts");
const account = actionsOf("app/(public)/account/actions.ts");
const security = actionsOf("app/(public)/account/security/actions.ts");
const users = actionsOf("app/(staff)/staff/users/actions.ts");
const settings = actionsOf("app/(staff)/staff/settings/actions.ts");

const baseURL = () => `http://127.0.0.1:${process.env.E2E_PG_PORT}`;
const NEW_PASSWORD = "matrix lantern harbour 7";

// What the lines hand on: the addresses that asked for a password link, the links, the officer's secret.
const forgotten: string[] = [];
const links: string[] = [];
let officerSecret = "";
let signingIn: APIRequestContext | null = null;
let demoHashes: { id: number; hash: string | null }[] | null = null;

/** A fresh resident account with no password, one per call: each asks for its own link, as the mail limit wants. */
async function newResident(sql: Sql, r: Records, what: string): Promise<string> {
  const email = `${what}.${r.tag}.${forgotten.length}@matrix.test`;
  await sql`insert into users (email, name, role) values (${email}, 'Matrix Resident', 'resident')`;
  return email;
}

/** The form a page holds for an action, read by a session. */
async function pageForm(session: APIRequestContext, page: string, action: string) {
  const [form] = formsFor(await (await session.get(page)).text(), page, actionIds().get(action)!);
  if (!form) throw new Error(`no form for ${action} on ${page}`);
  return form;
}

const unenrol = (sql: Sql, email: string) => sql`
  with account as (update users set mfa_enabled_at = null, mfa_secret = null where email = ${email} returning id)
  delete from recovery_codes where user_id in (select id from account)`;

const demoWithoutFactor = (sql: Sql) => sql`update users set mfa_secret = null where email like '%@demo.test' and mfa_enabled_at is null`;

const userPage = (r: Records) => `/staff/users/${r.staffBystander}`;

export const accountRows: ActionRow[] = [
  // The answer is the same for every address; an account's address gets a link.
  signIn("forgotPasswordAction", everyone, "signedOut", "/sign-in/forgot", {
    note: "an account's address (a new one each call)",
    arrange: async (sql, r, role) => {
      if (!role) return;
      const email = await newResident(sql, r, "forgot");
      forgotten.push(email);
      return { email };
    },
  }),
  // The link is the key, whoever holds it: each call uses one of the links the line above had sent.
  password("setPasswordAction", everyone, "signedOut", () => links[0]!, {
    note: "a link from the e-mail, one per call",
    arrange: async (_sql, _r, role) => {
      if (links.length === 0) for (const email of forgotten) links.push(passwordLinkPath(await waitForMail(email, 0)));
      if (!role) return;
      return { token: links.shift()!.split("/").pop()! };
    },
    fill: () => ({ password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
  }),
  account("changePasswordAction", signedIn, "resident", "/account", {
    note: "each demo account's own password, put back after",
    arrange: async (sql) => {
      demoHashes ??= await sql<{ id: number; hash: string | null }[]>`
        select id, password_hash as hash from users where email like '%@demo.test'`;
    },
    fill: () => ({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    cleanup: async (sql) => {
      for (const { id, hash } of demoHashes ?? []) await sql`update users set password_hash = ${hash} where id = ${id}`;
    },
  }),
  security("startEnrolmentAction", handlers, "officer", "/account/security", {
    note: "staff set up a second factor; residents have none",
    arrange: async (sql) => void (await demoWithoutFactor(sql)),
    cleanup: async (sql) => void (await demoWithoutFactor(sql)),
  }),
  security("secondFactorCodesAction", "signIn refused done refused refused", "officer", "/account/security", {
    note: "the officer's right code for the officer's own set-up: other accounts have none under way",
    render: async (session) => {
      await post(session, await pageForm(session, "/account/security", "app/(public)/account/security/actions.ts#startEnrolmentAction"));
      const html = await (await session.get("/account/security")).text();
      officerSecret = /aria-labelledby="secret-label"[^>]*>([A-Z2-7 ]+)</.exec(html)?.[1] ?? "";
      return html;
    },
    pick: (form) => field(form, "step") === "confirm",
    fill: () => ({ code: appCode(officerSecret) }),
  }),
  // The code step belongs to the browser that gave the password: anyone else's post, with the right code, opens nothing.
  signIn("secondFactorAction", "refused refused refused refused refused", "signedOut", "/sign-in/code", {
    note: "the officer's right code, sent without the officer's sign-in under way",
    render: async () => {
      signingIn = await client(baseURL());
      await passwordStep(signingIn, "officer@demo.test");
      return (await signingIn.get("/sign-in/code")).text();
    },
    fill: () => ({ code: appCode(officerSecret) }),
    cleanup: async (sql) => {
      await unenrol(sql, "officer@demo.test");
      await signingIn?.dispose();
    },
  }),

  users("createStaffAccountAction", admins, "admin", "/staff/users/new", {
    note: "a moderator's account, a new address each call",
    arrange: async (_sql, r, role) => (role ? { email: `created.${r.tag}.${role}@matrix.test` } : undefined),
    fill: () => ({ name: "Matrix Created", role: "moderator", badgeNumber: "" }),
    cleanup: async (sql, r) => void (await sql`update users set disabled = true where email like ${`created.${r.tag}.%`}`),
  }),
  users("updateStaffAccountAction", admins, "admin", userPage, {
    note: "renamed, and named as before after",
    fill: () => ({ name: "Matrix Staff Renamed" }),
    cleanup: async (sql, r) => void (await sql`update users set name = 'Matrix Staff' where id = ${r.staffBystander}`),
  }),
  users("sendPasswordLinkAction", admins, "admin", userPage),
  users("resetSecondFactorAction", admins, "admin", userPage, {
    arrange: async (sql, r) =>
      void (await sql`update users set mfa_enabled_at = now(), mfa_secret = 'v1.sealed.elsewhere' where id = ${r.staffBystander}`),
  }),
  users("unlockAccountAction", admins, "admin", userPage, {
    note: "a locked account (ten wrong passwords)",
    arrange: async (sql, r) =>
      void (await sql`insert into rate_limits (key, hits, reset_at)
                      values (${`sign-in:staff.${r.tag}@matrix.test`}, 10, now() + interval '15 minutes')
                      on conflict (key) do update set hits = 10, reset_at = excluded.reset_at`),
  }),
  settings("updateSecurityAction", admins, "admin", "/staff/settings", { note: "saved as it is" }),
];
