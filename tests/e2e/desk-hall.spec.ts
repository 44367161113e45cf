import postgres from "postgres";

import { errorSummary, expect, expectAccessible, signIn, test, waitForMail, withJs } from "./fixtures";

// A moderator reassigns a desk question; a visitor who is not signed in backs
// a published question by a code sent to their e-mail, once.

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });

/**
 * A published, answered question of 王庄村's station, or a published problem
 * report of the same station, made straight in the tables.
 */
async function publishedQuestion(tag: string, kind: "question" | "feedback" = "question"): Promise<string> {
  const db = sql();
  const title = kind === "question" ? "Street light out" : `村口路灯不亮 ${tag}`;
  const trackingNumber = `${kind === "question" ? "Q" : "F"}E2E-${tag}`.toUpperCase().replace(/[^0-9A-Z-]/g, "");
  const [row] = await db<{ id: number }[]>`
    insert into requests (kind, topic, tracking_number, access_code_hash, track_token, status, unit_id, subject, body,
                          consent_to_publish, deadline_at, first_response_due_at, resolved_at, idempotency_key)
    values (${kind}, ${kind === "question" ? null : "problem"}, ${trackingNumber}, 'not-a-hash', ${`e2e-${kind}-${tag}-token-00000000`}, 'resolved',
            (select unit_id from areas where name_zh = '王庄村' limit 1),
            ${title}, 'The light at the village gate is out.', true, now(), now(), now(), ${`e2e-${kind}-${tag}-key-000000`})
    returning id`;
  await db`insert into publications (request_id, public_title, public_question, public_reply)
           values (${row!.id}, ${title}, 'The light at the village gate is out.', 'The village office will replace it this week.')`;
  await db.end();
  return trackingNumber;
}

test.describe("desk: reassigning and backing by code", () => {
  test.use({ locale: "en-GB" });

  test("a moderator hands a question to the station's queue with a reason; the deadline stays", async ({ page, browser }) => {
    const subject = `Moving house ${test.info().project.name} ${Date.now()}`;
    await page.goto(`/desk?place=${encodeURIComponent("王庄村")}`);
    const form = page.getByRole("region", { name: "Your question" });
    await form.getByLabel("What is it about?").selectOption({ label: "Household registration and residence" });
    await form.getByLabel("Subject").fill(subject);
    await form.getByLabel("Your question").fill("What do I bring to move my registration here?");
    await form.getByRole("button", { name: "Send question" }).click();
    const receipt = page.getByRole("region", { name: "Your message has been received" });
    const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();

    const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() });
    const desk = await context.newPage();
    await signIn(desk, "moderator@demo.test");
    await desk.goto(`/staff/requests/${trackingNumber}`);
    const deadline = await desk
      .locator("dt", { hasText: /^Deadline$/ })
      .locator("xpath=following-sibling::dd[1]")
      .innerText();
    const section = desk.getByRole("region", { name: "Reassign the question" });
    await section.getByRole("button", { name: "Reassign" }).click();
    await expect(errorSummary(desk)).toContainText("Reason (staff only): Enter this information");
    await expectAccessible(desk);

    await desk.goto(`/staff/requests/${trackingNumber}`);
    await section.getByLabel("New officer").selectOption({ label: "No one: the station's queue" });
    await section.getByLabel("Reason (staff only)").fill("The village officer is on leave this week.");
    await section.getByRole("button", { name: "Reassign" }).click();
    const timeline = desk.getByRole("region", { name: "What has happened" });
    await expect(timeline.getByText("The village officer is on leave this week.")).toBeVisible();
    await expect(timeline.getByText(/^Reassigned/)).toBeVisible();
    await desk.goto(`/staff/requests/${trackingNumber}`);
    await expect(desk.locator("dt", { hasText: /^Deadline$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText(deadline);
    await context.close();
  });

  test("a visitor not signed in confirms by a code sent to their e-mail, and is counted once", async ({ page }) => {
    const tag = `${test.info().project.name}-${Date.now().toString(36)}`;
    const trackingNumber = await publishedQuestion(tag);
    const email = `backer-${tag}@example.test`.toLowerCase();
    await page.goto(`/desk/q/${trackingNumber}`);
    await page.getByText("Not signed in? Confirm with your phone or e-mail instead").click();
    await page.getByLabel("Mobile number or e-mail address").fill("12345");
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(errorSummary(page)).toContainText("Enter a mobile number of 11 digits");
    const since = Date.now();
    await page.getByLabel("Mobile number or e-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(page.getByText("We have sent a code. It works for 15 minutes.")).toBeVisible();
    await expectAccessible(page);
    const code = /Your code: (\d{6})/.exec(await waitForMail(email, since))![1]!;
    const wrong = code === "000000" ? "111111" : "000000";
    await page.getByLabel("Code from the message").fill(wrong);
    await page.getByRole("button", { name: "Confirm: this affects me too" }).click();
    await expect(errorSummary(page)).toContainText("The code is not right.");
    await page.getByLabel("Code from the message").fill(code);
    await page.getByRole("button", { name: "Confirm: this affects me too" }).click();
    await expect(page.getByText("Thank you: you are counted. 1 person says this affects them.")).toBeVisible();

    // The same address again: refused before any code is sent.
    await page.goto(`/desk/q/${trackingNumber}`);
    await page.getByText("Not signed in? Confirm with your phone or e-mail instead").click();
    await page.getByLabel("Mobile number or e-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(errorSummary(page)).toContainText("You have already said this affects you.");
  });
});

test.describe("反映问题：用验证码确认“我也遇到了”", () => {
  test.use({ locale: "zh-CN" });

  test("未登录的群众从答复公开进入该条，用邮箱验证码确认，只计一次", async ({ page }) => {
    const tag = `${test.info().project.name}-${Date.now().toString(36)}`;
    const trackingNumber = await publishedQuestion(tag, "feedback");
    const email = `report-${tag}@example.test`.toLowerCase();
    const title = `村口路灯不亮 ${tag}`;
    // Found by searching the published replies (made straight in the tables, it is in no list read before).
    await page.goto("/feedback/replies");
    await page.getByRole("search").getByLabel("搜索").fill(tag);
    await page.getByRole("search").getByRole("button", { name: "筛选" }).click();
    await page.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/feedback/replies/${trackingNumber}$`));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("0 人也遇到了")).toBeVisible();
    await page.getByText("未登录？也可以用手机或邮箱确认").click();
    const since = Date.now();
    await page.getByLabel("手机号码或电子邮箱").fill(email);
    await page.getByRole("button", { name: "发送验证码" }).click();
    await expect(page.getByText("验证码已发送，15分钟内有效。")).toBeVisible();
    await expectAccessible(page);
    const code = /(\d{6})/.exec(await waitForMail(email, since))![1]!;
    await page.getByLabel("消息中的验证码").fill(code);
    await page.getByRole("button", { name: "确认：我也遇到了" }).click();
    await expect(page.getByText("谢谢，已计入。共有1人表示也遇到了。")).toBeVisible();

    // The count shows on the list and on the page; the same address again is refused before any code is sent.
    await page.goto(`/feedback/replies/${trackingNumber}`);
    await expect(page.getByText("1 人也遇到了")).toBeVisible();
    await page.getByText("未登录？也可以用手机或邮箱确认").click();
    await page.getByLabel("手机号码或电子邮箱").fill(email);
    await page.getByRole("button", { name: "发送验证码" }).click();
    await expect(errorSummary(page)).toContainText("您已经表示过遇到此问题。");
  });

  test("未公开的编号没有这一页", async ({ page }) => {
    const response = await page.goto("/feedback/replies/F000000-NOSUCH");
    expect(response?.status()).toBe(404);
  });
});
