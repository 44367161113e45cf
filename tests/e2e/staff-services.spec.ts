import type { Page } from "@playwright/test";

import { errorSummary, expect, expectAccessible, signIn, test } from "./fixtures";

// The staff catalogue of the service hall. Each test puts back what it changed:
// other tests apply for the same demo services.

const preview = (page: Page) => page.getByRole("group", { name: "Preview of the application form (not a form to send)" });

async function saveDefinition(page: Page, text: string) {
  await page.getByLabel("Form definition (JSON)").fill(text);
  await page.getByRole("button", { name: "Save the form definition" }).click();
}

test.describe("staff service catalogue", () => {
  test.use({ locale: "en-GB" });

  test("an officer is refused the catalogue, and it is not in the officer's navigation", async ({ page }) => {
    await signIn(page, "officer@demo.test");
    await page.goto("/staff");
    await expect(page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Services", exact: true })).toHaveCount(
      0,
    );
    const response = await page.goto("/staff/services");
    expect(response?.status()).toBe(403);
  });

  test("a moderator unpublishes a service, it leaves the public catalogue, and publishes it back", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff");
    await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Services", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
    const row = page.getByRole("row", { name: /Certificate of kinship/ });
    await expect(row).toContainText("Certificates");
    await expect(row).toContainText("Published");
    await expectAccessible(page);

    await row.getByRole("button", { name: /^Unpublish\s*:\s*Certificate of kinship$/ }).click();
    await expect(page.getByRole("status")).toHaveText("The service is unpublished.");
    await expect(row).toContainText("Not published");
    await page.goto("/services");
    await expect(page.getByRole("link", { name: "Certificate of no criminal record" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Certificate of kinship" })).toHaveCount(0);

    await page.goto("/staff/services");
    await row.getByRole("button", { name: /^Publish\s*:\s*Certificate of kinship$/ }).click();
    await expect(page.getByRole("status")).toHaveText("The service is published.");
    await expect(row).not.toContainText("Not published");
    await page.goto("/services");
    await expect(page.getByRole("link", { name: "Certificate of kinship" })).toBeVisible();
  });

  test("a moderator edits a form definition: a bad one is refused with the reason, a good one changes the preview", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff/services");
    await page.getByRole("link", { name: "Permit for a large public event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit service: Permit for a large public event" })).toBeVisible();
    await expect(preview(page).getByLabel("Name of the event")).toBeDisabled();
    await expect(preview(page).getByLabel("Number of stewards")).toHaveCount(0);
    await expectAccessible(page);
    const original = await page.getByLabel("Form definition (JSON)").inputValue();

    try {
      const oneOption = [
        { type: "choice", name: "size", labelZh: "规模", labelEn: "Size", options: [{ value: "big", labelZh: "大", labelEn: "Big" }] },
      ];
      await saveDefinition(page, JSON.stringify(oneOption));
      await expect(errorSummary(page)).toContainText("Form definition (JSON)");
      await expect(page.locator("#fields-error")).toHaveText(
        "The form definition is not valid: 0.options: a choice needs at least two options",
      );
      await expect(page.getByLabel("Form definition (JSON)")).toHaveValue(JSON.stringify(oneOption));
      await expect(preview(page).getByLabel("Name of the event")).toBeVisible();
      await expectAccessible(page);

      await saveDefinition(page, "[{");
      await expect(page.locator("#fields-error")).toContainText("The form definition is not valid: not JSON");

      const stewards = { type: "text", name: "stewards", labelZh: "安保人员人数", labelEn: "Number of stewards", maxLength: 10 };
      await saveDefinition(page, JSON.stringify([...(JSON.parse(original) as unknown[]), stewards], null, 2));
      await expect(page.getByRole("status")).toHaveText("The form definition is saved.");
      await expect(page.locator("#fields-error")).toHaveCount(0);
      await expect(preview(page).getByLabel("Number of stewards")).toBeDisabled();
      await expect(preview(page).getByLabel("Name of the event")).toBeVisible();
      await expectAccessible(page);
    } finally {
      await page.goto("/staff/services/event-permit");
      await saveDefinition(page, original);
      await expect(page.getByRole("status")).toHaveText("The form definition is saved.");
    }
    await expect(preview(page).getByLabel("Number of stewards")).toHaveCount(0);
  });

  test("a moderator edits a guide in both languages; steps that do not pair up are refused", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff/services/kinship-certificate");
    const summary = page.getByLabel("Summary (English)");
    const original = await summary.inputValue();
    await page.getByLabel("Steps (English)").fill("Only one step");
    await page.getByRole("button", { name: "Save the guide" }).click();
    await expect(errorSummary(page)).toContainText("Steps (English): The steps need as many lines in English as in Chinese.");

    try {
      await page.goto("/staff/services/kinship-certificate");
      await summary.fill("Kinship certified from the household records, usually the same day.");
      await page.getByRole("button", { name: "Save the guide" }).click();
      await expect(page.getByRole("status")).toHaveText("The guide is saved.");
      await expect(summary).toHaveValue("Kinship certified from the household records, usually the same day.");
      await expectAccessible(page);
      await page.goto("/services/kinship-certificate");
      await expect(page.getByText("Kinship certified from the household records, usually the same day.")).toBeVisible();
    } finally {
      await page.goto("/staff/services/kinship-certificate");
      await summary.fill(original);
      await page.getByRole("button", { name: "Save the guide" }).click();
      await expect(page.getByRole("status")).toHaveText("The guide is saved.");
    }
  });
});
