import { expect, type APIResponse } from "@playwright/test";

import { allowedOn, type PageRow } from "./page-rows";
import { leaks, type Records } from "./records";
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
