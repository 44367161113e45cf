import type { APIRequestContext, APIResponse } from "@playwright/test";

import type { Sql } from "./database";
import type { Form } from "./forms";
import type { Records } from "./records";
import type { Role } from "./sessions";

// What a line of the actions' matrix says (action-rows.ts holds the lines).
// A line reads the action's form from a page as a role that is shown it; then
// every role posts that same form (only the cookies differ), as a browser
// without JavaScript would. What each role gets, in the order signed out,
// resident, officer, moderator, admin:
//
//   done     the action was carried out: the database changed (or `done` says how else to tell)
//   refused  nothing in the database changed, and the answer is no success
//   signIn   nothing changed, and the answer is a redirect to /sign-in
//
// No answer may show a marker of a record the role may not see.

export type Values = Record<string, string | string[] | File>;

export type ActionRow = {
  /** "app/…/actions.ts#exportName": how the route tree and Next.js's manifest name it. */
  action: string;
  cells: string;
  /** Who reads the form, and from which page. */
  as: Role;
  form: (r: Records) => string;
  note?: string;
  /** Which of the page's forms for this action, when it has several. */
  pick?: (form: Form, r: Records) => boolean;
  /** What the caller types; `form` is the form as read. */
  fill?: (r: Records, form: Form) => Values;
  /** Replaces the arguments the page bound to the action (a forged tracking token …). */
  rebind?: (bound: unknown[], r: Records) => unknown[];
  /**
   * Before each call: puts the record in a state where the action can be done; may return more values to fill in.
   * `role` names who is about to post; it is absent when the form is read.
   */
  arrange?: (sql: Sql, r: Records, role?: Role) => Promise<Values | void>;
  /** After the line: undoes what the allowed calls changed that other tests rely on. */
  cleanup?: (sql: Sql, r: Records) => Promise<void>;
  /** How to tell that an action that writes nothing (cookies, redirects, answers) was done. */
  done?: (response: APIResponse, changed: string[], r: Records) => Promise<void> | void;
  /** The HTML holding the form, when it is the answer to another form rather than a page. */
  render?: (session: APIRequestContext, r: Records) => Promise<string>;
  /** Ends the role's sessions: run after every other line. */
  last?: boolean;
};

export const everyone = "done done done done done";
export const signedIn = "signIn done done done done";
export const handlers = "signIn refused done done done";
export const editors = "signIn refused refused done done";
export const admins = "signIn refused refused refused done";
export const nobody = "refused refused refused refused refused";

type Extra = Omit<ActionRow, "action" | "cells" | "as" | "form">;

/** Lines for the actions of one "use server" file: `settings("saveHolidayAction", admins, "admin", "/staff/settings", {…})`. */
export function actionsOf(file: string) {
  return (name: string, cells: string, as: Role, form: string | ((r: Records) => string), extra: Extra = {}): ActionRow => ({
    action: `${file}#${name}`,
    cells,
    as,
    form: typeof form === "string" ? () => form : form,
    ...extra,
  });
}

/** A field's value as the page rendered it. */
export const field = (form: Form, name: string) => form.fields.find(([n]) => n === name)?.[1];

/** The form for one record of a list: the one whose `name` field holds the record's id. */
export const forRecord = (name: string, id: (r: Records) => number) => (form: Form, r: Records) => field(form, name) === String(id(r));

export async function setStatus(sql: Sql, id: number, status: string) {
  await sql`update requests set status = ${status}, satisfaction = null where id = ${id}`;
}
