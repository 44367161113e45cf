import type { Browser, Page } from "@playwright/test";
import postgres from "postgres";

import { expect, expectAccessible, signIn, test, withJs } from "./fixtures";

type Words = { subject: string; details: string; name: string; email: string; send: string; receipt: string; follow: string };
const english: Words = {
  subject: "Subject",
  details: "Details",
  name: "Your name",
  email: "Email",
  send: "Send",
  receipt: "Your message has been received",
  follow: "Follow your message",
};
const chinese: Words = {
  subject: "标题",
  details: "详细情况",
  name: "您的姓名",
  email: "电子邮箱",
  send: "提交",
  receipt: "您的留言已收到",
  follow: "查看办理进度",
};

/** A suggestion sent from a page in the resident's language; its tracking number and tracking link. */
async function suggest(page: Page, words: Words, subject: string) {
  await page.goto("/feedback/new?topic=suggestion");
  await page.getByLabel(words.subject).fill(subject);
  await page.getByLabel(words.details).fill("Please open the station on Saturday mornings. 请周六上午开门。");
  await page.getByLabel(words.name).fill("Li Ming");
  await page.getByLabel(words.email).fill("follow-up@example.test");
  await page.getByRole("button", { name: words.send, exact: true }).click();
  const receipt = page.getByRole("region", { name: words.receipt });
  const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
  const trackPath = (await receipt.getByRole("link", { name: words.follow }).getAttribute("href"))!;
  return { trackingNumber, trackPath };
}

async function staffPage(browser: Browser, email = "moderator@demo.test") {
  const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() });
  const page = await context.newPage();
  await signIn(page, email);
  return { page, close: () => context.close() };
}

test.describe("following a request up", () => {
  test.use({ locale: "en-GB" });

  test("withdrawing asks first; a withdrawn request shows when it was withdrawn and no deadline", async ({ page, browser }) => {
    const { trackPath } = await suggest(page, english, "Withdraw me");
    await page.goto(trackPath);
    await expect(page.getByText("Answer due by")).toBeVisible();
    await page.getByRole("button", { name: "Withdraw this message" }).click();
    const ask = page.getByRole("form", { name: "Withdraw this message?" });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText("cannot be undone");
    await expectAccessible(page);
    // Changing one's mind leaves it as it was.
    await ask.getByRole("link", { name: "No, keep it" }).click();
    await expect(page.getByRole("button", { name: "Withdraw this message" })).toBeVisible();
    await expect(page.getByText("Withdrawn by you")).toHaveCount(0);

    await page.getByRole("button", { name: "Withdraw this message" }).click();
    await page.getByRole("button", { name: "Yes, withdraw it" }).click();
    await expect(page.getByText("Withdrawn by you")).toBeVisible();
    await expect(page.getByText("Withdrawn on")).toBeVisible();
    for (const deadlineTalk of ["Answer due by", "On time", "Overdue", "Being assigned"])
      await expect(page.getByText(deadlineTalk)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Withdraw this message" })).toHaveCount(0);

    const chineseContext = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: withJs() });
    const zh = await chineseContext.newPage();
    await zh.goto(trackPath);
    await expect(zh.getByText("撤回时间")).toBeVisible();
    for (const deadlineTalk of ["答复期限", "未超期", "已超期", "正在分派"]) await expect(zh.getByText(deadlineTalk)).toHaveCount(0);
    await chineseContext.close();
  });

  test("a template follows the resident's language; a dissatisfied rating reopens the request, flagged for staff", async ({ browser }) => {
    const residentContext = await browser.newContext({ locale: "zh-CN", javaScriptEnabled: withJs() });
    const resident = await residentContext.newPage();
    const { trackingNumber, trackPath } = await suggest(resident, chinese, "周六开放");

    const staff = await staffPage(browser);
    const desk = staff.page;
    await desk.goto(`/staff/requests/${trackingNumber}`);
    await expect(desk.getByText("Resident's language")).toBeVisible();
    await desk.getByLabel("Unit").selectOption({ label: "Chengguan Police Station" });
    await desk.getByRole("button", { name: "Triage: class, unit and assignee" }).click();
    await expect(desk.getByText(`${trackingNumber} · Accepted`)).toBeVisible();
    // The page is in English; the resident wrote in Chinese: so is the reply the template starts.
    await desk.getByLabel("Start from a template").selectOption({ label: "已受理 · Accepted" });
    await desk.getByRole("button", { name: "Use", exact: true }).click();
    const message = desk.getByLabel("Message", { exact: true });
    await expect(message).toHaveValue(
      new RegExp(`^您好，您反映的问题（编号 ${trackingNumber}）已由城关派出所受理，我们将在 \\d{4}年\\d{1,2}月\\d{1,2}日 前答复。$`),
    );
    await desk.getByRole("button", { name: "Send", exact: true }).click();
    await expect(desk.getByRole("listitem").filter({ hasText: "已由城关派出所受理" })).toBeVisible();
    await desk.getByRole("button", { name: "Resolve" }).click();
    await expect(desk.getByText(/ · Answered$/)).toBeVisible();

    await resident.goto(trackPath);
    await resident.getByRole("radio", { name: /^不满意/ }).check();
    await resident.getByRole("button", { name: "提交评价" }).click();
    await expect(resident.getByText("您的评价")).toBeVisible();
    await expect(resident.getByText("不满意", { exact: true })).toBeVisible();
    await residentContext.close();

    await desk.goto("/staff");
    await expect(desk.getByRole("link", { name: /^Reopened\s*[1-9]\d*$/ })).toBeVisible();
    await desk.goto("/staff/requests");
    await desk.getByLabel("Reopened only").check();
    await desk.getByRole("button", { name: "Apply" }).click();
    await expect(desk).toHaveURL(/reopened=1/);
    const row = desk.getByRole("row").filter({ hasText: trackingNumber });
    await expect(row).toContainText("Reopened");
    await row.getByRole("link", { name: trackingNumber }).click();
    await expect(desk.getByText(/Reopened on .*: the resident was dissatisfied with the answer\./)).toBeVisible();
    await expect(desk.getByText("Resident's rating")).toBeVisible();
    await expectAccessible(desk);
    await staff.close();
  });

  test("an overdue request is escalated once and listed by unit on the dashboard", async ({ page, browser }) => {
    const { trackingNumber } = await suggest(page, english, "Overdue suggestion");
    const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await sql`
      update requests set
        status = 'accepted',
        unit_id = (select id from units where name_zh = '城关派出所'),
        first_response_due_at = now() - interval '2 days',
        deadline_at = now() - interval '1 day'
      where tracking_number = ${trackingNumber}`;
    const staff = await staffPage(browser);
    const desk = staff.page;
    await desk.goto("/staff");
    const overdue = desk.getByRole("table", { name: "Overdue by unit" });
    await expect(overdue.getByRole("row").filter({ hasText: "Chengguan" })).toBeVisible();
    await expectAccessible(desk);
    // The server's background loop escalates it: flagged on the request, and messages written for the leader and moderators.
    await expect(async () => {
      await desk.goto(`/staff/requests/${trackingNumber}`);
      await expect(desk.getByText("Answer overdue: unit leader and moderators notified")).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(desk.getByText("First response overdue: unit leader and moderators notified")).toHaveCount(1);
    await expect(desk.getByText("Overdue", { exact: true })).toBeVisible();
    const [messages] = await sql<{ n: number }[]>`
      select count(*)::int as n from outbox where template = 'staff.overdue' and payload->>'trackingNumber' = ${trackingNumber}`;
    const [moderators] = await sql<{ n: number }[]>`select count(*)::int as n from users where role = 'moderator' and not disabled`;
    expect(messages!.n).toBeGreaterThanOrEqual(2 * moderators!.n);
    await sql.end();
    await staff.close();
  });

  test("the templates page keeps a body in each language", async ({ browser }) => {
    const staff = await staffPage(browser);
    const desk = staff.page;
    const title = `Both languages ${withJs() ? "js" : "no-js"}`;
    await desk.goto("/staff/templates");
    const create = desk.getByRole("region", { name: "New template" });
    await create.getByLabel("Title").fill(title);
    await create.getByLabel("Text in Chinese").fill("请补充 {subject} 的具体时间。");
    await create.getByLabel("Text in English").fill("Please tell us when {subject} happened.");
    await create.getByRole("button", { name: "Create template" }).click();
    const saved = desk
      .getByRole("listitem")
      .filter({ has: desk.getByRole("textbox", { name: "Title" }).and(desk.locator(`[value="${title}"]`)) });
    await expect(saved.getByLabel("Text in Chinese")).toHaveValue("请补充 {subject} 的具体时间。");
    await expect(saved.getByLabel("Text in English")).toHaveValue("Please tell us when {subject} happened.");
    await expectAccessible(desk);
    await saved.getByRole("button", { name: `Delete ${title}` }).click();
    await expect(desk.getByText("The template was deleted.")).toBeVisible();
    await staff.close();
  });
});
