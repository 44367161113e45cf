import type { Page } from "@playwright/test";

import { errorSummary, expect, expectAccessible, signUpResident, test } from "./fixtures";

test.use({ locale: "en-GB" });

/** Sends a suggestion and reads the receipt's tracking number and access code. */
async function sendSuggestion(page: Page, subject: string) {
  await page.goto("/feedback/new?topic=suggestion");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Details").fill("A bench by the bus stop would help older people waiting for the bus.");
  await page.getByLabel("Email").fill("bench@example.test");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  const receipt = page.getByRole("region", { name: "Your message has been received" });
  await expect(receipt).toBeVisible();
  const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
  const accessCode = (await receipt.locator("dd").nth(1).innerText()).trim();
  expect(trackingNumber).toMatch(/^F\d{6}-[2-9A-Z]{6}$/);
  return { trackingNumber, accessCode };
}

test.describe("my requests on the account page", () => {
  test("a resident finds what they sent signed in, and links what they sent signed out", async ({ page, browser }) => {
    await signUpResident(page, "my-requests");
    await page.goto("/account");
    const mine = page.getByRole("region", { name: "My requests" });
    await expect(mine.getByRole("link", { name: "Write to the bureau" })).toBeVisible();
    await expectAccessible(page);

    const signedInSubject = `Bench by the bus stop ${Date.now()}`;
    const signedIn = await sendSuggestion(page, signedInSubject);
    await page.goto("/account");
    await expect(mine.getByRole("link", { name: signedIn.trackingNumber })).toBeVisible();
    await expect(mine.getByText(signedInSubject)).toBeVisible();
    await expect(mine.getByText("Received", { exact: true })).toBeVisible();
    await expectAccessible(page);

    // Sent from another browser, signed out: only the receipt ties it to the resident.
    const other = await browser.newContext({ locale: "en-GB", javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
    const signedOutSubject = `Brighter lights on the bridge ${Date.now()}`;
    const signedOut = await sendSuggestion(await other.newPage(), signedOutSubject);
    await other.close();

    await page.goto("/account");
    await expect(mine.getByRole("link", { name: signedOut.trackingNumber })).toHaveCount(0);
    await page.getByLabel("Tracking number", { exact: true }).fill(signedOut.trackingNumber);
    await page.getByLabel("Access code", { exact: true }).fill("WRONG234");
    await page.getByRole("button", { name: "Link request" }).click();
    await expect(errorSummary(page)).toContainText("not right");

    await page.getByLabel("Tracking number", { exact: true }).fill(signedOut.trackingNumber);
    await page.getByLabel("Access code", { exact: true }).fill(signedOut.accessCode.toLowerCase());
    await page.getByRole("button", { name: "Link request" }).click();
    await expect(page).toHaveURL(/\/account\?linked=1$/);
    await expect(page.getByRole("status").filter({ hasText: "The request is linked to your account" })).toBeVisible();
    await expect(mine.getByRole("link", { name: signedOut.trackingNumber })).toBeVisible();
    await expect(mine.getByText(signedOutSubject)).toBeVisible();
    await expect(mine.getByRole("link", { name: signedIn.trackingNumber })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
    await expectAccessible(page);

    await mine.getByRole("link", { name: signedOut.trackingNumber }).click();
    await expect(page).toHaveURL(/\/track\/[A-Za-z0-9_-]{32}$/);
    await expect(page.getByRole("heading", { level: 2, name: signedOutSubject })).toBeVisible();
  });
});
