import { expect, test } from "@playwright/test";

import { actionRows } from "./matrix/action-rows";
import { cellsOf, prepareAction, runAction, tryPage } from "./matrix/cells";
import { connect } from "./matrix/database";
import { actionIds } from "./matrix/forms";
import { pageRows } from "./matrix/page-rows";
import { arrangeRecords } from "./matrix/records";
import { routeTree } from "./matrix/route-tree";
import { closeSessions, openSessions } from "./matrix/sessions";

// The authorization matrix: every page, route handler and server action of
// app/, tried as signed out, resident, officer (requests of the own station
// and of another), moderator and admin. The lines are in tests/e2e/matrix/
// page-rows.ts and action-rows.ts; a route that has no line fails the first test.
// Plain HTTP, no browser: a page is its HTML and its RSC payload, an action is
// its form posted as a browser without JavaScript posts it.

test.describe("authorization matrix", () => {
  test("every page, route handler and server action has a line in the matrix", () => {
    const listed = new Set([...pageRows.map((row) => row.route), ...actionRows.map((row) => row.action)]);
    const tree = routeTree();
    // Server actions the build knows that are not in an app/ file (a "use server" file elsewhere, an inline action).
    const built = [...actionIds().keys()];
    const unlisted = [...new Set([...tree, ...built])].filter((route) => !listed.has(route));
    expect(unlisted, "routes nobody listed: add a line for each in tests/e2e/matrix/page-rows.ts or action-rows.ts").toEqual([]);
    expect(
      [...listed].filter((route) => !tree.includes(route) && !built.includes(route)),
      "lines for routes that no longer exist",
    ).toEqual([]);
    const words = { page: /^(200|401|403|404|signIn)$/, action: /^(done|refused|signIn)$/ };
    for (const row of pageRows) for (const cell of Object.values(cellsOf(row.cells))) expect(cell, row.route).toMatch(words.page);
    for (const row of actionRows) for (const cell of Object.values(cellsOf(row.cells))) expect(cell, row.action).toMatch(words.action);
  });

  test("every role gets what the matrix says, and sees no record it may not", async ({ baseURL }) => {
    // Every line, tried by five roles, one call at a time: minutes, and more as the site grows.
    test.setTimeout(1_200_000);
    const sql = connect();
    const sessions = await openSessions(baseURL!);
    try {
      const records = await arrangeRecords(sql, sessions);
      await test.step(`${pageRows.length} pages and route handlers`, async () => {
        for (const row of pageRows) await tryPage(row, sessions, records);
      });
      await test.step(`${actionRows.length} server actions`, async () => {
        for (const row of actionRows.filter((row) => !row.last)) {
          const prepared = await prepareAction(row, sessions, sql, records);
          if (prepared) await runAction(prepared, sessions, sql, records);
        }
        // Lines that end sessions: their forms are read while every session still holds.
        const last = await Promise.all(actionRows.filter((row) => row.last).map((row) => prepareAction(row, sessions, sql, records)));
        for (const prepared of last) if (prepared) await runAction(prepared, sessions, sql, records);
      });
    } finally {
      await closeSessions(sessions);
      await sql.end();
    }
  });
});
