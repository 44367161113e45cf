import type { Page } from "@playwright/test";

import {
  appCode,
  choosePassword,
  errorSummary,
  expect,
  expectAccessible,
  passwordLinkPath,
  signIn,
  signUpResident,
  test,
  waitForMail,
} from "./fixtures";

test.use({ locale: "en-GB" });

const STAFF_PASSWORD = "duty roster lantern 42";
let counter = 0;
const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${counter++}@example.test`;

/** An admin creates a staff account on /staff/users/new; returns the e-mail sent to the person. */
async function createStaffAccount(page: Page, role: "officer" | "moderator", email: string) {
  const since = Date.now() - 1000;
  await signIn(page, "admin@demo.test");
  await page.goto("/staff/users");
  await page.getByRole("link", { name: "Create a staff account" }).click();
  await expect(page.getByRole("heading", { name: "Create a staff account" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill(role === "officer" ? "新来的民警" : "New Moderator");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role").selectOption(role);
  if (role === "officer") {
    // Any officer of the directory: the list offers only those without an account.
    const options = page.locator("#officer-choices option");
    const badge = await options.nth(100 + (Date.now() % 400)).getAttribute("value");
    await page.getByLabel("Officer's badge number").fill(badge!);
  }
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Account created");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  return waitForMail(email, since);
}

test.describe("staff accounts", () => {
  test("a created officer account sets its password by link and signs in", async ({ page }) => {
    const email = uniqueEmail("officer");
    const mail = await createStaffAccount(page, "officer", email);
    expect(mail).toContain("Choose your password here");
    await choosePassword(page, passwordLinkPath(mail), STAFF_PASSWORD);
    await signIn(page, email, STAFF_PASSWORD);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByText(/Your unit: /)).toBeVisible();
    // The link worked once.
    await page.goto(passwordLinkPath(mail));
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  });

  test("a moderator is made to set up the second factor, then signs in with a code", async ({ page }) => {
    const email = uniqueEmail("moderator");
    const mail = await createStaffAccount(page, "moderator", email);
    await choosePassword(page, passwordLinkPath(mail), STAFF_PASSWORD);
    await signIn(page, email, STAFF_PASSWORD);

    // The staff area waits for the second factor.
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByText("Your role needs a second factor")).toBeVisible();
    await page.goto("/staff/requests");
    await expect(page).toHaveURL(/\/account\/security$/);
    await page.getByRole("button", { name: "Start set-up" }).click();
    await expect(page.getByRole("img", { name: "QR code to add Safe City to an authenticator app" })).toBeVisible();
    await expectAccessible(page);
    const secret = await page.getByLabel("Key to type in").innerText();
    await page.getByLabel("Code from the app").fill(appCode(secret));
    await page.getByRole("button", { name: "Turn on" }).click();
    const codes = page.getByRole("region", { name: "Your recovery codes" });
    await expect(codes.getByRole("listitem")).toHaveCount(10);
    await expectAccessible(page);
    await codes.getByRole("link", { name: "I have saved them: go to the staff area" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(STAFF_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Enter your code" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Code", { exact: true }).fill("000000");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(errorSummary(page)).toContainText("The code is not right");
    // The set-up used this period's code; the app's next one is accepted too.
    await page.getByLabel("Code", { exact: true }).fill(appCode(secret, 1));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  });

  test("an admin disabling an account signs it out", async ({ browser, page }) => {
    const { email } = await signUpResident(page, "disabled");
    const adminContext = await browser.newContext({
      locale: "en-GB",
      javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
    });
    const admin = await adminContext.newPage();
    await signIn(admin, "admin@demo.test");
    await admin.goto(`/staff/users?q=${encodeURIComponent(email)}`);
    await admin.getByRole("link", { name: "Test Resident" }).click();
    await admin.getByRole("button", { name: "Disable Test Resident" }).click();
    await expect(admin.getByRole("status")).toContainText("The account is disabled");
    await expectAccessible(admin);
    await adminContext.close();

    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("residents' passwords", () => {
  test("forgot password: the same answer for any address, and a link that sets a new password", async ({ page }) => {
    const { email } = await signUpResident(page, "forgot");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expectAccessible(page);
    await page.getByLabel("Email").fill("nobody-at-all@example.test");
    await page.getByRole("button", { name: "Send the link" }).click();
    const unknownAnswer = await page.getByRole("status").innerText();

    const since = Date.now() - 1000;
    await page.goto("/sign-in/forgot");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    expect(await page.getByRole("status").innerText()).toBe(unknownAnswer);
    const mail = await waitForMail(email, since);
    expect(mail).toContain("Someone asked to reset the password");
    await choosePassword(page, passwordLinkPath(mail), "a brand new password");
    await signIn(page, email, "a brand new password");
    await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  });

  test("password change on the account page", async ({ page }) => {
    const { email, password } = await signUpResident(page, "change");
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password", { exact: true }).fill("short");
    await page.getByLabel("Repeat the new password").fill("short");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(errorSummary(page)).toContainText("New password: Use at least 12 characters");
    await page.getByLabel("Current password").fill(password);
    await page.getByLabel("New password", { exact: true }).fill("qwerty123456");
    await page.getByLabel("Repeat the new password").fill("qwerty123456");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(errorSummary(page)).toContainText("New password: This is one of the most common passwords");
    await expectAccessible(page);
    await page.getByLabel("Current password").fill(password);
    await page.getByLabel("New password", { exact: true }).fill("changed password 2026");
    await page.getByLabel("Repeat the new password").fill("changed password 2026");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password is changed");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await signIn(page, email, "changed password 2026");
  });

  test("sign-up says the same for an address that has an account", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Someone");
    await page.getByLabel("Email").fill("resident@demo.test");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText("Check your email: we have sent a message to this address.");
    await expectAccessible(page);
  });
});

test.describe("signing out ends the session on the server", () => {
  test("a copied cookie opens nothing after sign-out, and /api/auth/session says so", async ({ browser, page, context }) => {
    await signUpResident(page, "copied");
    const cookies = await context.cookies();
    const described = await context.request.get("/api/auth/session");
    expect((await described.json())?.user?.role).toBe("resident");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

    const thief = await browser.newContext({ locale: "en-GB" });
    await thief.addCookies(cookies);
    const thiefPage = await thief.newPage();
    await thiefPage.goto("/account");
    await expect(thiefPage).toHaveURL(/\/sign-in/);
    expect(await (await thief.request.get("/api/auth/session")).json()).toBeNull();
    await thief.close();
  });
});
