import type { Browser } from "@playwright/test";

import { expect, expectAccessible, signIn, test, withJs } from "./fixtures";

async function staffPage(browser: Browser, email: string, locale: string) {
  const context = await browser.newContext({ locale, javaScriptEnabled: withJs() });
  const page = await context.newPage();
  await signIn(page, email);
  return { page, close: () => context.close() };
}

test.describe("staff screens name things instead of showing codes", () => {
  test.use({ locale: "en-GB" });

  test("the outbox and the audit log speak both languages and name who did what", async ({ page, browser }) => {
    await page.goto("/feedback/new?topic=suggestion");
    await page.getByLabel("Subject").fill("Benches at the station");
    await page.getByLabel("Details").fill("Please put benches in the waiting room.");
    await page.getByLabel("Email").fill("benches@example.test");
    await page.getByRole("button", { name: "Send" }).click();
    const receipt = page.getByRole("region", { name: "Your message has been received" });
    const trackingNumber = (await receipt.locator("dd").first().innerText()).trim();

    const moderator = await staffPage(browser, "moderator@demo.test", "en-GB");
    await moderator.page.goto("/staff/outbox");
    const outbox = moderator.page.getByRole("table");
    await expect(outbox.getByRole("cell", { name: "Request received" }).first()).toBeVisible();
    await expect(outbox.getByText("request.received")).toHaveCount(0);
    await expectAccessible(moderator.page);
    await moderator.page.goto(`/staff/requests/${trackingNumber}`);
    await moderator.page.getByLabel("Unit", { exact: true }).selectOption({ label: "Chengguan Police Station" });
    await moderator.page.getByRole("button", { name: "Triage: class, unit and assignee" }).click();
    await expect(moderator.page.getByText(`${trackingNumber} · Accepted`)).toBeVisible();
    await moderator.close();

    const admin = await staffPage(browser, "admin@demo.test", "en-GB");
    await admin.page.goto("/staff/audit");
    const triaged = admin.page
      .getByRole("row")
      .filter({ has: admin.page.getByRole("rowheader", { name: "Triaged a request" }) })
      .first();
    await expect(triaged.getByRole("link", { name: "值班民警" })).toHaveAttribute("href", /^\/staff\/users\/\d+$/);
    await expect(triaged).toContainText("(moderator)");
    await expect(triaged).toContainText(`Request no. ${trackingNumber}`);
    await expect(admin.page.getByRole("table").getByText(/^[a-z_]+\.[a-z_]+$/)).toHaveCount(0);
    await expect(admin.page.getByText(/#\d+ \(/)).toHaveCount(0);
    await expectAccessible(admin.page);
    await admin.close();

    const chinese = await staffPage(browser, "admin@demo.test", "zh-CN");
    await chinese.page.goto("/staff/audit");
    const row = chinese.page
      .getByRole("row")
      .filter({ has: chinese.page.getByRole("rowheader", { name: "分流事项" }) })
      .first();
    await expect(row).toContainText("值班民警（值班管理员）");
    await expect(row).toContainText(`事项（编号 ${trackingNumber}）`);
    await chinese.page.goto("/staff/outbox");
    await expect(chinese.page.getByRole("cell", { name: "事项已受理通知" }).first()).toBeVisible();
    await chinese.close();
  });

  test("a page refused to a member of staff says which role it needs, in Chinese too", async ({ browser }) => {
    const moderator = await staffPage(browser, "moderator@demo.test", "zh-CN");
    const response = await moderator.page.goto("/staff/audit");
    expect(response?.status()).toBe(403);
    await expect(moderator.page.getByText("此页面仅限以下角色访问：系统管理员。")).toBeVisible();
    await expect(moderator.page.getByText("您当前登录的角色：值班管理员。")).toBeVisible();
    await expect(moderator.page.getByText(/仅供公安工作人员/)).toHaveCount(0);
    await moderator.close();
  });
});
