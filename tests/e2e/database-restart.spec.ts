import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import postgres from "postgres";

import { freePort, startCluster, type Cluster } from "../helpers/pg-cluster";
import { expect, test } from "./fixtures";

// Nothing lost when the database goes away: 50 residents send a problem
// report (half with JavaScript, half without) while PostgreSQL is killed and
// started again. A server and a database of this test's own, durable (fsync
// on), so a crash loses nothing that was committed.

const RESIDENTS = 50;
let cluster: Cluster;
let server: ChildProcess;
let baseURL: string;
let dataDir: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster({ durable: true });
  dataDir = mkdtempSync(path.join(tmpdir(), "safe-city-fault-"));
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: cluster.url,
      DEMO_DATA: "on",
      DATA_DIR: dataDir,
      AUTH_SECRET: "fault-test-secret-fault-test-secret-00",
      LOG_LEVEL: "fatal",
      DISPATCH_INTERVAL_MS: "0",
      // Residents from many addresses, as the one trusted proxy in front says (each context sends its own).
      TRUST_PROXY_HOPS: "1",
    },
    stdio: "ignore",
  });
  await expect.poll(() => health(), { timeout: 150_000, intervals: [500] }).toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function health(): Promise<number> {
  return fetch(`${baseURL}/api/health`).then(
    (r) => r.status,
    () => 0,
  );
}

type Outcome = { subject: string; trackingNumber: string | null; page: Page };

async function openForm(browser: Browser, i: number): Promise<Page> {
  const javaScript = i % 2 === 0;
  const context = await browser.newContext({
    baseURL,
    locale: "en-GB",
    javaScriptEnabled: javaScript,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${i + 1}` },
  });
  const page = await context.newPage();
  await page.goto("/feedback/new?topic=problem");
  await page.getByRole("radio", { name: /^Hazard/ }).check();
  await page.getByLabel("Subject").fill(`Fault test ${i}`);
  await page.getByLabel("Details").fill(`Resident ${i}: the street light is out.`);
  await page.getByLabel("Email").fill(`fault${i}@example.test`);
  return page;
}

const receiptOf = (page: Page) => page.getByRole("region", { name: "Your message has been received" });

/** Sends the form; the resident sees a receipt, or a clear "try again" with what they typed still there. */
async function send(page: Page, subject: string): Promise<Outcome> {
  await page.getByRole("button", { name: "Send" }).click();
  const receipt = receiptOf(page);
  const problem = page.getByRole("alert", { name: "There is a problem" });
  await expect(receipt.or(problem)).toBeVisible({ timeout: 30_000 });
  if (await receipt.isVisible()) {
    return { subject, trackingNumber: (await receipt.locator("dd").nth(0).innerText()).trim(), page };
  }
  // "Unavailable … please try again", never a rate limit or a bare error page.
  await expect(problem).toContainText(/unavailable|went wrong/i);
  await expect(page.getByLabel("Subject")).toHaveValue(subject);
  return { subject, trackingNumber: null, page };
}

test("receipts survive a database crash, and everyone without one can send again", async ({ browser }) => {
  // Fifty browsers open the form one after another before anyone sends: on a busy two-core machine
  // that alone has taken three and a half minutes.
  test.setTimeout(480_000);
  const pages = [];
  for (let i = 0; i < RESIDENTS; i++) pages.push(await openForm(browser, i));

  // The first ten send, 40 ms apart; the database dies as soon as one of them has a receipt, with
  // the rest of the ten still in flight, and the other forty send, 40 ms apart, while it is down. It
  // comes back once someone has been told to try again (two seconds at the least).
  const FIRST = 10;
  let receivedSoFar = 0;
  let toldToRetry = 0;
  let databaseKilled: () => void = () => {};
  const killed = new Promise<void>((resolve) => (databaseKilled = resolve));
  const sending = pages.map((page, i) =>
    (i < FIRST ? Promise.resolve() : killed)
      .then(() => new Promise((resolve) => setTimeout(resolve, (i < FIRST ? i : i - FIRST) * 40)))
      .then(() => send(page, `Fault test ${i}`))
      .then((outcome) => {
        if (outcome.trackingNumber === null) toldToRetry++;
        else receivedSoFar++;
        return outcome;
      }),
  );
  await expect
    .poll(() => receivedSoFar, { timeout: 60_000, intervals: [20], message: "a first resident gets a receipt" })
    .toBeGreaterThan(0);
  cluster.kill();
  databaseKilled();
  expect(await health()).toBe(503);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await expect
    .poll(() => toldToRetry, { timeout: 30_000, message: "someone sending while the database is down is told to try again" })
    .toBeGreaterThan(0);
  cluster.restart();
  const outcomes = await Promise.all(sending);

  // The server recovers by itself.
  await expect.poll(() => health(), { timeout: 30_000 }).toBe(200);
  const refused = outcomes.filter((o) => o.trackingNumber === null);
  const received = outcomes.filter((o) => o.trackingNumber !== null);
  expect(refused.length, "some residents were sending while the database was down").toBeGreaterThan(0);
  expect(received.length, "some residents got a receipt").toBeGreaterThan(0);

  // Those told to try again send the same form again, and get their receipt (the old message stays until it comes).
  for (const outcome of refused) {
    await outcome.page.getByRole("button", { name: "Send" }).click();
    const receipt = receiptOf(outcome.page);
    await expect(receipt).toBeVisible({ timeout: 30_000 });
    outcome.trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
  }

  // Every receipt anyone saw is in the database exactly once, and each resident's report is there once.
  const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ tracking_number: string; subject: string }[]>`
      select tracking_number, subject from requests where subject like 'Fault test %'`;
    expect(rows).toHaveLength(RESIDENTS);
    expect(new Set(rows.map((r) => r.subject)).size).toBe(RESIDENTS);
    const bySubject = new Map(rows.map((r) => [r.subject, r.tracking_number]));
    for (const outcome of outcomes) expect(bySubject.get(outcome.subject)).toBe(outcome.trackingNumber);
  } finally {
    await sql.end();
    await Promise.all(pages.map((page) => page.context().close()));
  }
});
