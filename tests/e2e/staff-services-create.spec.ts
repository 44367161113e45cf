import { errorSummary, expect, expectAccessible, signIn, test, withJs } from "./fixtures";

// A moderator creates a service and completes what it needs before publishing it.

test.describe("creating a service", () => {
  test.use({ locale: "en-GB" });

  test("a moderator creates a service, sets its materials, time limit and handling units; residents read them", async ({ page }) => {
    const slug = `ebike-${test.info().project.name.replace(/[^a-z0-9]/g, "")}-${Date.now().toString(36)}`;
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff/services");
    await page.getByRole("link", { name: "Create a service" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Create a service" })).toBeVisible();

    await page.getByLabel("Web address").fill("Not A Slug");
    await page.getByRole("button", { name: "Create the service" }).click();
    await expect(errorSummary(page)).toContainText("Title (Chinese)");
    await expect(page.locator("#slug-error")).toContainText("Use lower-case letters, digits and single hyphens");
    await expect(page.locator("#category-error")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Title (Chinese)").fill("电动自行车登记");
    await page.getByLabel("Title (English)").fill(`E-bike registration ${slug}`);
    await page.getByLabel("Web address").fill(slug);
    await page.getByLabel("Category").selectOption({ label: "Traffic" });
    await page.getByRole("button", { name: "Create the service" }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/services/${slug}\\?created=1`));
    await expect(page.getByRole("status").first()).toContainText("The service is created, unpublished.");

    // Online without a form, and neither local nor at a unit: both refused, by field.
    await page.getByLabel("Legal time limit (working days)").fill("5");
    await page.getByLabel("Residents can apply online (needs an application form)").check();
    await page.getByLabel("Material 1 (Chinese)").fill("居民身份证");
    await page.getByRole("button", { name: "Save materials and handling" }).click();
    await expect(errorSummary(page)).toContainText("Units that handle it");
    await expect(page.locator("#materials-error")).toContainText("Each material needs its name in Chinese and in English");
    await expectAccessible(page);

    await page.getByLabel("Material 1 (English)").fill("Resident ID card");
    await page.getByLabel("Material 1: original or copy").selectOption({ label: "original and copy" });
    await page.getByLabel("Units that handle it").selectOption({ index: 0 });
    await page.getByLabel("Residents can apply online (needs an application form)").uncheck();
    await page.getByRole("button", { name: "Save materials and handling" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The materials, time limit and handling are saved." })).toBeVisible();
    await expect(page.getByLabel("Material 1 (English)")).toHaveValue("Resident ID card");
    await expect(page.getByLabel("Legal time limit (working days)")).toHaveValue("5");

    await page.goto("/staff/services");
    await page
      .getByRole("row", { name: new RegExp(slug) })
      .getByRole("button", { name: /^Publish/ })
      .click();
    await expect(page.getByRole("status")).toHaveText("The service is published.");

    await page.goto(`/services/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: `E-bike registration ${slug}` })).toBeVisible();
    await expect(page.getByText("Resident ID card (original and copy, 1 piece)")).toBeVisible();
    await expect(page.getByText("5 working days")).toBeVisible();
  });

  test("中文界面：新建服务", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: withJs() });
    const page = await context.newPage();
    await signIn(page, "admin@demo.test");
    await page.goto("/staff/services/new");
    await expect(page.getByRole("heading", { level: 1, name: "新建服务" })).toBeVisible();
    await page.getByRole("button", { name: "创建服务" }).click();
    await expect(errorSummary(page)).toContainText("名称（中文）");
    await expectAccessible(page);
    await context.close();
  });
});
