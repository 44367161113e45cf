import { attemptSignIn, errorSummary, expect, expectAccessible, signIn, signUpResident, test } from "./fixtures";
import { sendSuggestion } from "./send-feedback";

test.use({ locale: "en-GB" });

test.describe("sign-in", () => {
  test("the sign-in page is accessible and names each empty field", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    const summary = errorSummary(page);
    await expect(summary.getByRole("link", { name: "Email: Enter this information" })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
  });

  test("a wrong password says the same as an unknown account", async ({ page }) => {
    const wrongPassword = await attemptSignIn(page, "admin@demo.test", "not-the-password");
    const unknownAccount = await attemptSignIn(page, "nobody@demo.test", "not-the-password");
    expect(wrongPassword).toContain("The email or password is wrong");
    expect(unknownAccount).toBe(wrongPassword);
    await expect(page.getByLabel("Email")).toHaveValue("nobody@demo.test");
  });

  test("an account is locked after 10 failures, even for the right password", async ({ page }) => {
    const { email, password } = await signUpResident(page, "lockout");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    for (let i = 0; i < 10; i++) expect(await attemptSignIn(page, email, `wrong-${i}`)).toContain("The email or password is wrong");
    expect(await attemptSignIn(page, email, password)).toContain("sign-in is paused after too many attempts");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});

test.describe("each role sees what it may", () => {
  test("admin: dashboard, accounts and audit log", async ({ page }) => {
    const trackingNumber = await sendSuggestion(page);
    await signIn(page, "admin@demo.test");
    await page.goto("/staff");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByText("Villages")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Accounts" }).click();
    await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();
    await expect(page.getByRole("row", { name: /moderator@demo\.test/ })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/staff/audit");
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    await expectAccessible(page);
    // A request's page, with its triage, reply and status forms.
    await page.goto(`/staff/requests/${trackingNumber}`);
    await expect(page.getByRole("heading", { name: "Facts" })).toBeVisible();
    await expectAccessible(page);
  });

  test("moderator: the staff area, but not account administration", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Accounts" })).toHaveCount(0);
    await page.goto("/staff/users");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("officer: the staff area with their own station", async ({ page }) => {
    await signIn(page, "officer@demo.test");
    await page.goto("/staff");
    await expect(page.getByText(/Your unit: .+ Police Station/)).toBeVisible();
    await page.goto("/staff/audit");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  });

  test("resident: their account, and a 403 for the staff area", async ({ page }) => {
    await signIn(page, "resident@demo.test");
    await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/staff");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Staff sections" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("signed out: the staff area sends you to sign in, and back", async ({ page }) => {
    await page.goto("/staff/users");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fstaff%2Fusers$/);
    await page.getByLabel("Email").fill("admin@demo.test");
    await page.getByLabel("Password").fill("safe-city-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/staff\/users$/);
    await expect(page.getByRole("heading", { name: "Accounts" })).toBeVisible();
  });
});

test.describe("sessions end at once", () => {
  test("sign out everywhere ends the other device's session", async ({ browser, page }) => {
    const { email, password } = await signUpResident(page, "everywhere");
    const other = await browser.newContext({ locale: "en-GB" });
    const otherPage = await other.newPage();
    await signIn(otherPage, email, password);
    await expect(otherPage.getByRole("heading", { name: "My account" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await other.close();
  });
});
