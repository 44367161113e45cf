// Runs before each integration test file: a fresh copy of the template
// database, used by the app's own client through DATABASE_URL.
import { afterAll, inject } from "vitest";

import { createDatabaseFromTemplate } from "./test-databases";

const url = await createDatabaseFromTemplate(inject("adminUrl"));
process.env.DATABASE_URL = url;
process.env.DEMO_DATA = "on";
process.env.LOG_LEVEL = "silent";

afterAll(async () => {
  const holder = globalThis as { __safeCityDb?: Promise<{ close: () => Promise<void> }> };
  if (holder.__safeCityDb) await (await holder.__safeCityDb).close();
  delete holder.__safeCityDb;
});
