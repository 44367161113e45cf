import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export const DEMO_PASSWORD = "safe-city-demo";

/** Fails a test on any console error, Content-Security-Policy violations included. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      // A 403 or 404 page logs its status as a console error: that is expected.
      expect(errors.filter((e) => !/status of (403|404)/.test(e))).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * axe with the WCAG 2.2 AA rule set finds nothing on the page as it is now.
 * axe is a script: in the project without JavaScript it cannot run, and the
 * same server-rendered pages are checked by the project with JavaScript.
 */
export async function expectAccessible(page: Page) {
  if (base.info().project.use.javaScriptEnabled === false) return;
  // After a client-side navigation the new page's title arrives with its streamed metadata, a moment after the page.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `axe on ${page.url()}`).toEqual([]);
}

/** Fills in and sends the sign-in form; returns the error summary's text, or null once signed in. */
export async function attemptSignIn(page: Page, email: string, password: string): Promise<string | null> {
  await page.goto("/sign-in");
  await page.getByLabel(/^(Email|电子邮箱)$/).fill(email);
  await page.getByLabel(/^(Password|密码)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|登录)$/ }).click();
  const summary = errorSummary(page);
  await expect(summary.or(page.getByRole("button", { name: /^(Sign out|退出)$/ }))).toBeVisible();
  return (await summary.isVisible()) ? summary.innerText() : null;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  expect(await attemptSignIn(page, email, password)).toBeNull();
}

/** Every POST the page sends from now on. */
export function posts(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") sent.push(request.url());
  });
  return sent;
}

/** Whether the test runs in the browser project with JavaScript. */
// A test that walks many pages gets time in proportion to them, so a growing site does not make it flake.
export function allowTimeForPages(count: number) {
  test.setTimeout(30_000 + count * 10_000);
}

export const withJs = () => base.info().project.use.javaScriptEnabled !== false;

export function errorSummary(page: Page) {
  return page.getByRole("alert", { name: /^(There is a problem|出现问题)$/ });
}

/** The text of an e-mail as the catcher saved it (scripts/e2e.ts): quoted-printable or base64 undone. */
function mailText(raw: string): string {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/**
 * The newest e-mail to an address sent after `since` (ms), waited for (the
 * outbox is sent every 300 ms in the browser tests); its text.
 */
export async function waitForMail(to: string, since: number): Promise<string> {
  const folder = process.env.E2E_MAIL_DIR;
  if (!folder) throw new Error("E2E_MAIL_DIR is not set: run with npm run test:e2e");
  let found: string | null = null;
  await expect
    .poll(
      () => {
        const files = readdirSync(folder).sort().reverse();
        for (const file of files) {
          const full = path.join(folder, file);
          const mail = JSON.parse(readFileSync(full, "utf8")) as { to: string[]; raw: string };
          if (mail.to.includes(to.toLowerCase()) && readMtime(full) >= since) {
            found = mailText(mail.raw);
            return true;
          }
        }
        return false;
      },
      { timeout: 20_000, message: `an e-mail to ${to}` },
    )
    .toBe(true);
  return found!;
}

function readMtime(file: string): number {
  return statSync(file).mtimeMs;
}

/** The path of the password link in an e-mail (its host is the site's public address, not the test server's). */
export function passwordLinkPath(text: string): string {
  const match = /\/password\/[A-Za-z0-9_-]{43}/.exec(text);
  if (!match) throw new Error(`no password link in: ${text}`);
  return match[0];
}

/** Opens a password link and chooses the password. */
export async function choosePassword(page: Page, linkPath: string, password: string) {
  await page.goto(linkPath);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByText("Your password is set. Sign in with it now.")).toBeVisible();
}

let counter = 0;
/**
 * A new resident account made through the sign-up page and the link e-mailed
 * to choose a password; signed in afterwards.
 */
export async function signUpResident(page: Page, prefix: string) {
  const email = `${prefix}-${Date.now()}-${counter++}@example.test`;
  const password = "resident-password-1";
  const since = Date.now() - 1000;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Test Resident");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Check your email");
  await choosePassword(page, passwordLinkPath(await waitForMail(email, since)), password);
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  return { email, password };
}

/** The code an authenticator app shows for this secret, `steps` periods from now. */
export function appCode(secret: string, steps = 0): string {
  const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret.replace(/\s/g, "")) });
  return totp.generate({ timestamp: Date.now() + steps * 30_000 });
}
