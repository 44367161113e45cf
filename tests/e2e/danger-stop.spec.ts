import { errorSummary, expect, expectAccessible, test, withJs } from "./fixtures";

test.describe("someone in danger now", () => {
  test.use({ locale: "en-GB" });

  test("choosing danger turns the form into one call to 110, and back keeps what was typed", async ({ page }) => {
    await page.goto("/feedback/new?topic=tip");
    await page.getByLabel("Subject").fill("Man with a knife");
    await page.getByLabel("Details").fill("A man is threatening people outside the market.");
    await page.getByRole("radio", { name: "Yes, someone is in danger now" }).check();
    if (!withJs()) await page.getByRole("button", { name: "Send" }).click();

    const call = page.getByRole("heading", { name: "Call 110 now" });
    await expect(call).toBeVisible();
    if (withJs()) await expect(call).toBeFocused();
    await expect(page.getByRole("link", { name: "Call 110", exact: true })).toHaveAttribute("href", "tel:110");
    // Nothing else competes: no form, no error summary, no "110 110".
    await expect(page.getByLabel("Subject")).toBeHidden();
    await expect(page.getByRole("button", { name: "Send" })).toBeHidden();
    await expect(errorSummary(page)).toHaveCount(0);
    expect(await page.locator("main").innerText()).not.toMatch(/110\s+110/);
    await expectAccessible(page);

    await page.getByRole("link", { name: "No one is in danger now: back to the form" }).click();
    await expect(call).toBeHidden();
    await expect(page.getByLabel("Subject")).toHaveValue("Man with a knife");
    await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("region", { name: "Your message has been received" })).toBeVisible();
  });

  test("in Chinese too", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: withJs() });
    const page = await context.newPage();
    await page.goto("/feedback/new?topic=complaint");
    await page.getByRole("radio", { name: "是，现在有人身处危险" }).check();
    if (!withJs()) await page.getByRole("button", { name: "提交" }).click();
    await expect(page.getByRole("heading", { name: "立即拨打 110" })).toBeVisible();
    await expect(page.getByRole("link", { name: "拨打 110", exact: true })).toHaveAttribute("href", "tel:110");
    await expect(errorSummary(page)).toHaveCount(0);
    await context.close();
  });

  test("each kind of problem says what to do instead when a report here is the wrong channel", async ({ page }) => {
    await page.goto("/feedback/new?topic=problem");
    const hazard = page.getByText(/^A fire, a gas leak or a fallen live wire: call 119 now/);
    await expect(hazard).toBeHidden();
    await page.getByRole("radio", { name: /^Hazard/ }).check();
    await expect(hazard).toBeVisible();
    await expect(page.getByRole("radio", { name: /^Hazard/ })).toHaveAccessibleDescription(/call 119 now/);
    await page.getByRole("radio", { name: /^Petition/ }).check();
    await expect(hazard).toBeHidden();
    await expect(page.getByText(/belong to the letters and visits office/)).toBeVisible();
  });
});
