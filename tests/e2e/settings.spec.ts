import { errorSummary, expect, expectAccessible, signIn, test } from "./fixtures";

test.use({ locale: "en-GB" });

// Both browser projects run against one database: every test leaves the
// settings as it found them.
test.describe("settings", () => {
  test("an admin changes a deadline, with a clear error for 0 first", async ({ page }) => {
    await signIn(page, "admin@demo.test");
    await page.goto("/staff");
    await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.getByLabel("Small incident (working days)")).toHaveValue("3");
    await expect(page.getByLabel("Ask a question (working days)")).toHaveValue("3");
    await expectAccessible(page);

    const tip = page.getByLabel("Share a safety tip (working days)");
    await tip.fill("0");
    await page.getByRole("button", { name: "Save deadlines" }).click();
    await expect(
      errorSummary(page).getByRole("link", {
        name: "Share a safety tip (working days): Enter a whole number of working days from 1 to 60",
      }),
    ).toBeVisible();
    await expect(tip).toHaveAttribute("aria-invalid", "true");
    await expect(tip).toHaveValue("0");
    await expectAccessible(page);

    await tip.fill("6");
    await page.getByRole("button", { name: "Save deadlines" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deadlines saved." })).toBeVisible();
    await expect(errorSummary(page)).toHaveCount(0);
    await page.goto("/staff/settings");
    await expect(page.getByLabel("Share a safety tip (working days)")).toHaveValue("6");

    await page.getByLabel("Share a safety tip (working days)").fill("5");
    await page.getByRole("button", { name: "Save deadlines" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deadlines saved." })).toBeVisible();
  });

  test("an admin adds a holiday to 2027 and deletes it again", async ({ page }) => {
    await signIn(page, "admin@demo.test");
    await page.goto("/staff/settings?year=2026");
    await page.getByRole("link", { name: "Next year: 2027" }).click();
    await expect(page).toHaveURL(/year=2027/);
    await expect(page.getByRole("heading", { name: "Holiday calendar 2027" })).toBeVisible();
    await expect(page.getByRole("row", { name: /2027-05-01/ })).toContainText("Labour Day");
    await expect(page.getByRole("link", { name: "Previous year: 2026" })).toBeVisible();

    // A Wednesday cannot be a make-up working day: it is one already.
    await page.getByLabel("Date", { exact: true }).fill("2027-03-10");
    await page.getByRole("radio", { name: "Make-up working day" }).check();
    await page.getByLabel("Name in Chinese").fill("测试假日");
    await page.getByLabel("Name in English").fill("Test holiday");
    await page.getByRole("button", { name: "Save day" }).click();
    await expect(
      errorSummary(page).getByRole("link", { name: /^Date: A make-up working day must fall on a Saturday or Sunday/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Name in English")).toHaveValue("Test holiday");
    await expectAccessible(page);

    await page.getByRole("radio", { name: "Public holiday" }).check();
    await page.getByRole("button", { name: "Save day" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2027-03-10 saved." })).toBeVisible();
    // The form is empty again, ready for the next day.
    await expect(page.getByLabel("Date", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Name in English")).toHaveValue("");
    await expect(page.getByRole("radio", { name: "Public holiday" })).not.toBeChecked();
    const row = page.getByRole("row", { name: /2027-03-10/ });
    await expect(row).toContainText("Wednesday");
    await expect(row).toContainText("Public holiday");
    await expect(row).toContainText("Test holiday");
    await expectAccessible(page);

    await row.getByRole("button", { name: "Delete 2027-03-10" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2027-03-10 deleted from the calendar." })).toBeVisible();
    await expect(page.getByRole("row", { name: /2027-03-10/ })).toHaveCount(0);
    await expect(page.getByRole("row", { name: /2027-05-01/ })).toBeVisible();
  });

  test("a moderator is told the page is not for them", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff");
    await expect(page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
    await page.goto("/staff/settings");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save deadlines" })).toHaveCount(0);
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectAccessible(page);
  });
});
