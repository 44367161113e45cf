import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

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
export const withJs = () => base.info().project.use.javaScriptEnabled !== false;

export function errorSummary(page: Page) {
  return page.getByRole("alert", { name: /^(There is a problem|出现问题)$/ });
}

let counter = 0;
/** A new resident account made through the sign-up page; already signed in afterwards. */
export async function signUpResident(page: Page, prefix: string) {
  const email = `${prefix}-${Date.now()}-${counter++}@example.test`;
  const password = "resident-password-1";
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Test Resident");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  return { email, password };
}
