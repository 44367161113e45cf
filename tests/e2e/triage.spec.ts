import type { Browser, Page } from "@playwright/test";

import { expect, expectAccessible, signIn, test, withJs } from "./fixtures";

test.use({ locale: "en-GB" });

/** A resident reports a problem in a community; returns its tracking number. */
async function reportFrom(page: Page, community: string): Promise<string> {
  await page.goto("/feedback/new?topic=problem");
  await page.getByRole("radio", { name: /^Hazard/ }).check();
  await page.getByLabel("Subject").fill("Broken street light");
  await page.getByLabel("Details").fill("The light by the community gate has been out for a week.");
  await page.getByLabel("Village or community").fill(community);
  await page.getByLabel("Email").fill("light@example.test");
  await page.getByRole("button", { name: "Send" }).click();
  const receipt = page.getByRole("region", { name: "Your message has been received" });
  return (await receipt.locator("dd").nth(0).innerText()).trim();
}

async function staffPage(browser: Browser, email: string) {
  const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() });
  const page = await context.newPage();
  await signIn(page, email);
  return { page, close: () => context.close() };
}

test("triage lists units in groups in the page's language and names the community's responsible officer", async ({ page, browser }) => {
  // Each project its own community: both share one database.
  const community = withJs() ? "人民路社区" : "解放路社区";
  const trackingNumber = await reportFrom(page, community);

  const moderator = await staffPage(browser, "moderator@demo.test");
  const desk = moderator.page;
  await desk.goto(`/staff/requests/${trackingNumber}`);
  await expect(desk.getByRole("heading", { level: 1, name: "Broken street light" })).toBeVisible();
  await expectAccessible(desk);

  const unit = desk.getByLabel("Unit", { exact: true });
  await expect(unit.locator('optgroup[label="Police stations"] option', { hasText: "Chengguan Police Station" })).toHaveCount(1);
  await expect(unit.locator('optgroup[label="Leadership and offices"]')).toHaveCount(1);
  // English names only on an English page.
  await expect(unit.locator("option", { hasText: /[\u4e00-\u9fff]/ })).toHaveCount(0);

  const responsible = desk.getByText(/^Responsible officer for .+ Community$/);
  await expect(responsible).toBeVisible();
  await expect(desk.getByText("This officer has no staff account yet: choose who takes it.")).toBeVisible();
  const badge = (await desk.locator("#responsible-officer").innerText()).match(/\b04\d{4}\b/)?.[0];
  expect(badge).toBeTruthy();
  await moderator.close();

  // Once the officer has a staff account, the list chooses it for a request with no assignee.
  const admin = await staffPage(browser, "admin@demo.test");
  const name = `Community officer ${badge}`;
  await admin.page.goto("/staff/users/new");
  await admin.page.getByLabel("Name", { exact: true }).fill(name);
  await admin.page.getByLabel("Email", { exact: true }).fill(`officer-${badge}@example.test`);
  await admin.page.getByLabel("Role").selectOption("officer");
  await admin.page.getByLabel("Officer's badge number").fill(badge!);
  await admin.page.getByRole("button", { name: "Create account" }).click();
  await expect(admin.page.getByRole("status")).toContainText("Account created");
  await admin.page.goto(`/staff/requests/${trackingNumber}`);
  await expect(admin.page.getByLabel("Assigned to")).toHaveValue(/^\d+$/);
  await expect(admin.page.getByLabel("Assigned to").locator("option:checked")).toHaveText(name);
  await expect(admin.page.getByText("Their staff account is chosen in “Assigned to”.")).toBeVisible();
  await admin.close();
});
