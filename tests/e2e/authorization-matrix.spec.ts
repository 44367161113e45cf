import { expect, test } from "@playwright/test";

import { cellsOf, tryPage } from "./matrix/cells";
import { connect } from "./matrix/database";
import { pageRows } from "./matrix/page-rows";
import { arrangeRecords } from "./matrix/records";
import { routeTree } from "./matrix/route-tree";
import { closeSessions, openSessions } from "./matrix/sessions";

// The authorization matrix: every page and route handler of app/, tried as
// signed out, resident, officer (requests of the own station and of another),
// moderator and admin. The lines are in tests/e2e/matrix/page-rows.ts; a route
// that has no line fails the first test. Plain HTTP, no browser: a page is its
// HTML and its RSC payload.

test.describe("authorization matrix", () => {
  test("every page and route handler has a line in the matrix", () => {
    const listed = new Set(pageRows.map((row) => row.route));
    const tree = routeTree().filter((route) => !route.includes("#"));
    expect(
      tree.filter((route) => !listed.has(route)),
      "routes nobody listed: add a line for each in tests/e2e/matrix/page-rows.ts",
    ).toEqual([]);
    expect(
      [...listed].filter((route) => !tree.includes(route)),
      "lines for routes that no longer exist",
    ).toEqual([]);
    for (const row of pageRows)
      for (const cell of Object.values(cellsOf(row.cells))) expect(cell, row.route).toMatch(/^(200|401|403|404|signIn)$/);
  });

  test("every role gets what the matrix says, and sees no record it may not", async ({ baseURL }) => {
    test.setTimeout(240_000);
    const sql = connect();
    const sessions = await openSessions(baseURL!);
    try {
      const records = await arrangeRecords(sql, sessions);
      await test.step(`${pageRows.length} pages and route handlers`, async () => {
        for (const row of pageRows) await tryPage(row, sessions, records);
      });
    } finally {
      await closeSessions(sessions);
      await sql.end();
    }
  });
});
