import type { Browser, Page } from "@playwright/test";

import { errorSummary, expect, expectAccessible, signIn, test, withJs } from "./fixtures";

const jpeg = { name: "id.jpg", mimeType: "image/jpeg", buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]) };

test.describe("online service hall", () => {
  test.use({ locale: "en-GB" });

  test("find a service by pinyin, read its guide, apply online, follow the application", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation").getByRole("link", { name: "Service hall" })).toBeVisible();
    await page.getByRole("search", { name: "Search services" }).getByLabel("Search services").fill("wufanzui");
    await page.getByRole("search", { name: "Search services" }).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/services\?q=wufanzui/);
    await expect(page.getByRole("status")).toContainText('1 service matches "wufanzui"');
    await expectAccessible(page);
    await page.getByRole("link", { name: "Certificate of no criminal record" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Certificate of no criminal record" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Required materials" })).toBeVisible();
    await expect(page.getByText("Resident ID card (original and copy, 1 piece)")).toBeVisible();
    await expect(page.getByText("3 working days")).toBeVisible();
    await expect(page.getByText("Free of charge")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Apply online" }).click();

    await expect(page.getByRole("heading", { level: 1, name: /Apply online/ })).toBeVisible();
    await page.getByLabel("ID card number").fill("110105194912310021");
    await page.getByRole("button", { name: "Send application" }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("ID card number");
    await expect(page.locator("#idNumber-error")).toContainText("18 characters");
    await expect(page.locator("#contactName-error")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("ID card number").fill("11010519491231002X");
    await page.getByLabel("Village or community you live in").fill("前王庄村");
    await page.getByLabel("What the certificate is for").selectOption("work");
    await page.getByLabel("Organisation that asked for it").fill("Example Ltd");
    await page.getByLabel("Photo of both sides of the ID card").setInputFiles(jpeg);
    await page.getByLabel("Your name").fill("Zhang San");
    await page.getByLabel("Mobile phone").fill("13912345678");
    await page.getByRole("button", { name: "Send application" }).click();

    const receipt = page.getByRole("region", { name: "Your message has been received" });
    await expect(receipt).toBeVisible();
    const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
    expect(trackingNumber).toMatch(/^A\d{6}-[2-9A-Z]{6}$/);
    await expectAccessible(page);

    await receipt.getByRole("link").first().click();
    // The receipt shows the tracking number too: the tracking page is there once the address is.
    await expect(page).toHaveURL(/\/track\/[A-Za-z0-9_-]{32}$/);
    await expect(page.getByText(trackingNumber)).toBeVisible();
    await expect(page.getByText("Certificate of no criminal record")).toBeVisible();
    await expect(page.getByText("11010519491231002X")).toHaveCount(0);
  });
});

/** A lost ID card reported online (no files needed); the receipt's tracking number and tracking page. */
async function reportLostCard(page: Page): Promise<{ trackingNumber: string; trackPath: string }> {
  await page.goto("/services/id-card-lost-report/apply");
  await page.getByLabel("ID card number").fill("11010519491231002X");
  await page.getByLabel("Village or community you live in").fill("前王庄村");
  await page.getByLabel("Date lost").fill("2026-11-20");
  await page.getByLabel("Your name").fill("Li Si");
  await page.getByLabel("Mobile phone").fill("13812345678");
  await page.getByRole("button", { name: "Send application" }).click();
  const receipt = page.getByRole("region", { name: "Your message has been received" });
  const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
  const trackPath = (await receipt.getByRole("link").first().getAttribute("href"))!;
  return { trackingNumber, trackPath };
}

async function moderatorPage(browser: Browser) {
  const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() });
  const page = await context.newPage();
  await signIn(page, "moderator@demo.test");
  return { page, close: () => context.close() };
}

test.describe("handling an application", () => {
  test.use({ locale: "en-GB" });

  test("staff accept, ask for materials; the resident uploads; staff approve; the resident sees it", async ({ page, browser }) => {
    const { trackingNumber, trackPath } = await reportLostCard(page);
    const moderator = await moderatorPage(browser);
    const desk = moderator.page;
    await desk.goto(`/staff/requests?kind=application&status=all&q=${trackingNumber}`);
    await desk.getByRole("link", { name: trackingNumber }).first().click();
    // The staff detail is the one place the ID number is shown whole.
    await expect(desk.getByRole("region", { name: "Application answers" })).toContainText("11010519491231002X");
    await desk.getByRole("button", { name: "Accept the application" }).click();
    await expect(desk.getByRole("button", { name: "Ask for materials" })).toBeVisible();
    await desk.getByLabel("What to bring or upload (the applicant reads this)").fill("Please upload a photo of your household register.");
    await desk.getByRole("button", { name: "Ask for materials" }).click();
    await expect(desk.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await expectAccessible(desk);

    await page.goto(trackPath);
    await expect(page.getByText("Please upload a photo of your household register.")).toBeVisible();
    await page.getByLabel("Your message").fill("Here it is.");
    await page.getByLabel("Photos or PDFs, e.g. the materials asked for (optional)").setInputFiles({
      name: "hukou.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]),
    });
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByText("Here it is.")).toBeVisible();

    // Opened again, not reloaded: without JavaScript a reload would post the last form again.
    await desk.goto(`/staff/requests/${trackingNumber}`);
    await expect(desk.getByRole("link", { name: "hukou.jpg" })).toBeVisible();
    await desk.getByRole("button", { name: "Approve" }).click();
    await expect(desk.getByRole("button", { name: "Ready to collect" })).toBeVisible();
    await moderator.close();

    await page.goto(trackPath);
    await expect(page.getByText("Your application was approved")).toBeVisible();
    await expect(page.getByText("Approved: being prepared for you").first()).toBeVisible();
  });
});

test.describe("网上办事大厅", () => {
  test.use({ locale: "zh-CN" });

  test("the catalogue and a guide in Chinese", async ({ page }) => {
    await page.goto("/services");
    await expect(page.getByRole("heading", { level: 1, name: "网上办事大厅" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "户政" })).toBeVisible();
    await page.getByRole("link", { name: "养犬登记" }).click();
    await expect(page.getByRole("heading", { name: "所需材料" })).toBeVisible();
    await expect(page.getByText("办理时限")).toBeVisible();
    await expect(page.getByText("收费标准")).toBeVisible();
    await expect(page.getByRole("link", { name: "在线申请" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "在线申请" }).click();
    await expect(page.getByLabel("身份证号码")).toBeVisible();
  });

  test("a service handled at a unit shows its address and duty phone", async ({ page }) => {
    await page.goto("/services/temporary-plates");
    const unit = page.getByRole("region", { name: "交通管理大队" });
    await expect(unit.getByText("值班电话")).toBeVisible();
    await expect(unit.getByRole("link").last()).toHaveAttribute("href", /^tel:/);
  });
});
