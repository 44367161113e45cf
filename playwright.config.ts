import { defineConfig, devices } from "@playwright/test";

// Started by scripts/e2e.ts, which provides a PostgreSQL server, free ports and
// fresh data folders, and removes them afterwards.
const pgPort = process.env.E2E_PG_PORT;
const pglitePort = process.env.E2E_PGLITE_PORT;
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!pgPort || !pglitePort || !databaseUrl) throw new Error("Run browser tests with `npm run test:e2e`.");

const common = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  LOG_LEVEL: "warn",
};

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: { trace: "retain-on-failure", locale: "zh-CN" },
  webServer: [
    {
      command: "node scripts/serve.mjs",
      url: `http://127.0.0.1:${pgPort}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      // Stopped as a server is in production: it closes its connections and removes its temporary files.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: {
        ...common,
        PORT: pgPort,
        HOSTNAME: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        DEMO_DATA: "on",
        DATA_DIR: process.env.E2E_PG_DATA_DIR!,
        // Password links and notices travel by e-mail to the catcher scripts/e2e.ts runs.
        ...(process.env.E2E_SMTP_PORT ? { SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`, DISPATCH_INTERVAL_MS: "300" } : {}),
        // Every test signs up from 127.0.0.1.
        SIGN_UP_LIMIT_PER_HOUR: "1000",
        // Every test sends from 127.0.0.1; the limit itself is tested on its own (tests/integration/rate-limits.test.ts).
        SUBMISSION_LIMIT_PER_HOUR: "1000",
        RATING_LIMIT_PER_HOUR: "1000",
        OPEN_DATA_LIMIT_PER_HOUR: "1000",
      },
    },
    {
      command: "node scripts/serve.mjs",
      url: `http://127.0.0.1:${pglitePort}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      // Stopped as a server is in production: it closes its connections and removes its temporary files.
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: { ...common, PORT: pglitePort, HOSTNAME: "127.0.0.1", DATA_DIR: process.env.E2E_PGLITE_DATA_DIR! },
    },
  ],
  projects: [
    {
      name: "js",
      testIgnore: [/pglite-smoke/, /database-restart/, /authorization-matrix/],
      // A test that only makes sense without JavaScript (the server's own answer) says so with a tag.
      grepInvert: /@no-js-only/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${pgPort}` },
    },
    {
      name: "no-js",
      testIgnore: [/pglite-smoke/, /narrow-screens/, /database-restart/, /authorization-matrix/],
      grepInvert: /@js-only/,
      use: {
        ...chromium,
        baseURL: `http://127.0.0.1:${pgPort}`,
        javaScriptEnabled: false,
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      },
    },
    // Plain HTTP as every role (tests/e2e/matrix): no browser, once.
    {
      name: "matrix",
      testMatch: /authorization-matrix/,
      use: { baseURL: `http://127.0.0.1:${pgPort}` },
    },
    {
      // Its own PostgreSQL and server, which it stops and starts: half its residents without JavaScript.
      name: "fault",
      testMatch: /database-restart/,
      use: { ...chromium },
    },
    {
      name: "pglite",
      testMatch: /pglite-smoke/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${pglitePort}` },
    },
  ],
});
