import { errorSummary, expect, expectAccessible, test } from "./fixtures";

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
    await expect(page.getByText(trackingNumber)).toBeVisible();
    await expect(page.getByText("Certificate of no criminal record")).toBeVisible();
    await expect(page.getByText("11010519491231002X")).toHaveCount(0);
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
