import { expect, type APIResponse } from "@playwright/test";

import type { ActionRow } from "./action-row";
import { changedTables, fingerprint, type Sql } from "./database";
import { actionIds, boundArguments, filled, formsFor, post, rebound, type Form } from "./forms";
import { allowedOn, type PageRow } from "./page-rows";
import { knownTo, leaks, type Records } from "./records";
import { roles, type Role, type Sessions } from "./sessions";

// Trying one line of the matrix with every role. Every failing cell is
// reported (soft assertions), each named by role, method, address and line.

/** A line's cells by role: "signIn 403 200 200 200" → { signedOut: "signIn", resident: "403", … }. */
export function cellsOf(cells: string): Record<Role, string> {
  const answers = cells.trim().split(/\s+/);
  if (answers.length !== roles.length) throw new Error(`"${cells}" does not name one answer for each of ${roles.join(", ")}`);
  return Object.fromEntries(roles.map((role, i) => [role, answers[i]!])) as Record<Role, string>;
}

/** What an answer is, in the matrix's words: its status, or signIn for a redirect to the sign-in page. */
function answerOf(response: APIResponse): string {
  const location = response.headers()["location"] ?? "";
  if (response.status() >= 300 && response.status() < 400 && /^(https?:\/\/[^/]+)?\/sign-in([?#]|$)/.test(location)) return "signIn";
  return String(response.status());
}

export async function tryPage(row: PageRow, sessions: Sessions, r: Records): Promise<void> {
  const path = row.path(r);
  const expected = cellsOf(row.cells);
  await Promise.all(
    roles.map(async (role) => {
      const method = row.route.split(" ")[0] === "POST" ? "POST" : "GET";
      const where = `${role}: ${method} ${path}${row.note ? ` (${row.note})` : ""}`;
      const response =
        method === "POST"
          ? await sessions[role].post(path, { form: row.form, maxRedirects: 0 })
          : await sessions[role].get(path, { maxRedirects: 0 });
      expect.soft(answerOf(response), where).toBe(expected[role]);
      if (method === "POST") expect.soft(response.headers()["set-cookie"] ?? "", `${where}: no session`).not.toMatch(/session-token=[^;]/);
      const payloads = [await response.text()];
      // The RSC payload is what client-side navigation fetches: it must hold no more than the HTML.
      // (Next.js first redirects it to the same address with ?_rsc.)
      if (row.route.startsWith("page ")) payloads.push(await (await sessions[role].get(path, { headers: { RSC: "1" } })).text());
      const allowed = allowedOn(row, role);
      for (const payload of payloads) expect.soft(leaks(r, payload, allowed), `${where}: data of records it may not see`).toEqual([]);
      if (expected[role] !== "200") return;
      for (const group of row.present?.[role] ?? []) {
        for (const payload of payloads) {
          const missing = r.markers[group].filter((marker) => !payload.includes(marker));
          expect.soft(missing, `${where}: shows ${group}`).toEqual([]);
        }
      }
    }),
  );
}

export type Prepared = { row: ActionRow; line: string; form: Form; sent: Form };

/** Reads a line's form from its page, as the role the line names; null (and a failure) when it is not there. */
export async function prepareAction(row: ActionRow, sessions: Sessions, sql: Sql, r: Records): Promise<Prepared | null> {
  const line = `${row.action}${row.note ? ` (${row.note})` : ""}`;
  const id = actionIds().get(row.action);
  expect.soft(id, `${line}: in the build's server actions`).toBeDefined();
  if (!id) return null;
  await row.arrange?.(sql, r);
  const page = row.form(r);
  const html = row.render ? await row.render(sessions[row.as], r) : await (await sessions[row.as].get(page)).text();
  const form = formsFor(html, page, id).find((f) => !row.pick || row.pick(f, r));
  expect.soft(form, `${line}: its form on ${page}, read as ${row.as}`).toBeDefined();
  if (!form) return null;
  return { row, line, form, sent: row.rebind ? rebound(form, row.rebind(boundArguments(form), r)) : form };
}

/** Posts the line's form as every role, each after the line's arrangement, and checks each answer and the database. */
export async function runAction({ row, line, form, sent }: Prepared, sessions: Sessions, sql: Sql, r: Records): Promise<void> {
  const expected = cellsOf(row.cells);
  for (const role of roles) {
    const more = (await row.arrange?.(sql, r, role)) ?? {};
    const before = await fingerprint(sql);
    const response = await post(sessions[role], filled(sent, { ...row.fill?.(r, form), ...more }));
    const changed = changedTables(before, await fingerprint(sql));
    const where = `${role}: ${line}`;
    const location = response.headers()["location"] ?? "";
    expect.soft(response.status(), `${where}: no server error`).toBeLessThan(500);
    if (expected[role] === "done") {
      expect.soft(location, `${where}: no error in the answer`).not.toMatch(/[?&]error=/);
      if (row.done) {
        const problem = await Promise.resolve(row.done(response, changed, r)).then(
          () => null,
          (error: Error) => error.message,
        );
        expect.soft(problem, `${where}: done`).toBeNull();
      } else {
        expect.soft(changed, `${where}: done, so the database changed`).not.toEqual([]);
      }
    } else {
      expect.soft(changed, `${where}: ${expected[role]}, so nothing in the database changed`).toEqual([]);
      expect.soft(location, `${where}: no success in the answer`).not.toMatch(/[?&]done=1/);
      const answer = answerOf(response);
      if (expected[role] === "signIn") expect.soft(answer, `${where}: sent to sign in`).toBe("signIn");
      else expect.soft(answer, `${where}: refused, not sent to sign in`).not.toBe("signIn");
    }
    expect.soft(leaks(r, await response.text(), knownTo[role]), `${where}: data of records it may not see`).toEqual([]);
  }
  await row.cleanup?.(sql, r);
}
