// `npm run test:e2e`: a throwaway PostgreSQL, a production build, then
// Playwright against two servers (PostgreSQL and the embedded PGlite).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startMailCatcher } from "../tests/helpers/mail-catcher";
import { freePort, startCluster, stopOnExit } from "../tests/helpers/pg-cluster";
import { buildIfStale } from "./build-if-stale.mjs";

const root = path.resolve(import.meta.dirname, "..");
buildIfStale(root);

const cluster = process.env.TEST_DATABASE_URL ? null : await startCluster();
if (cluster) stopOnExit(cluster);
const pgDataDir = mkdtempSync(path.join(tmpdir(), "safe-city-e2e-pg-"));
const pgliteDataDir = mkdtempSync(path.join(tmpdir(), "safe-city-e2e-pglite-"));
// E-mail from the PostgreSQL server goes to a catcher; tests read links from the folder.
const mailDir = mkdtempSync(path.join(tmpdir(), "safe-city-e2e-mail-"));
const smtpPort = await freePort();
const mailCatcher = await startMailCatcher(mailDir, smtpPort);

// Not spawnSync: the mail catcher answers in this process while Playwright runs.
const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    E2E_DATABASE_URL: process.env.TEST_DATABASE_URL ?? cluster!.url,
    E2E_PG_PORT: String(await freePort()),
    E2E_PGLITE_PORT: String(await freePort()),
    E2E_PG_DATA_DIR: pgDataDir,
    E2E_PGLITE_DATA_DIR: pgliteDataDir,
    E2E_MAIL_DIR: mailDir,
    E2E_SMTP_PORT: String(smtpPort),
  },
});
const status = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));

cluster?.stop();
mailCatcher.close();
rmSync(mailDir, { recursive: true, force: true });
rmSync(pgDataDir, { recursive: true, force: true });
rmSync(pgliteDataDir, { recursive: true, force: true });
process.exit(status);
