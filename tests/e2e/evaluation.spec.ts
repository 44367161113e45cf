import type { Browser, Page } from "@playwright/test";
import postgres from "postgres";

import { expect, expectAccessible, test, withJs } from "./fixtures";

const words = {
  en: {
    rateLink: "Rate the police",
    scores: "Ratings from residents",
    attitude: "Were you treated politely and with respect?",
    efficiency: "Was your matter dealt with quickly?",
    fairness: "Were you treated fairly and according to the rules?",
    good: "4 – good",
    veryGood: "5 – very good",
    comment: "Comment (optional)",
    trackingNumber: "Tracking number",
    accessCode: "Access code",
    send: "Send rating",
    done: "Thank you: your rating is received",
    doneVerified: "Thank you: your verified rating is received",
    again: "You have rated them from this browser in the last 30 days",
    problem: "There is a problem",
  },
  "zh-CN": {
    rateLink: "开门评警",
    scores: "群众评价",
    attitude: "服务态度是否文明礼貌？",
    efficiency: "办事是否及时高效？",
    fairness: "执法办事是否公正规范？",
    good: "4 – 好",
    veryGood: "5 – 非常好",
    comment: "留言（选填）",
    trackingNumber: "查询编号",
    accessCode: "查询码",
    send: "提交评价",
    done: "谢谢，已收到您的评价",
    doneVerified: "谢谢，已收到您的已核实评价",
    again: "此浏览器30天内已评价过",
    problem: "请检查以下问题",
  },
} as const;
type Locale = keyof typeof words;

const db = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });

/** The demo officer's badge: the officer whose staff account the demo has. */
async function demoOfficerBadge(): Promise<string> {
  const sql = db();
  const [row] = await sql<{ badge: string }[]>`
    select o.badge_number as badge from officers o join users u on u.officer_id = o.id where u.email = 'officer@demo.test'`;
  await sql.end();
  return row!.badge;
}

async function fillScores(page: Page, w: (typeof words)[Locale], comment?: string) {
  await page.getByRole("group", { name: w.attitude }).getByLabel(w.veryGood).check();
  await page.getByRole("group", { name: w.efficiency }).getByLabel(w.good).check();
  await page.getByRole("group", { name: w.fairness }).getByLabel(w.good).check();
  if (comment) await page.getByLabel(w.comment).fill(comment);
}

async function context(browser: Browser, locale: string) {
  const ctx = await browser.newContext({ locale, javaScriptEnabled: withJs() });
  return { page: await ctx.newPage(), close: () => ctx.close() };
}

for (const locale of ["en", "zh-CN"] as const) {
  const w = words[locale];

  test.describe(`rating the police (${locale})`, () => {
    test("an open rating from an officer's page, once per browser", async ({ browser }) => {
      const { page, close } = await context(browser, locale === "en" ? "en-GB" : "zh-CN");
      const badge = await demoOfficerBadge();
      await page.goto(`/officers/${badge}`);
      await page.getByRole("region", { name: w.scores }).getByRole("link", { name: w.rateLink }).click();
      await expect(page).toHaveURL(new RegExp(`/rate\\?target=officer:${badge}$`));
      await expectAccessible(page);
      await fillScores(page, w, `Open rating ${locale} ${Date.now()}`);
      await page.getByRole("button", { name: w.send }).click();
      await expect(page.getByRole("status")).toContainText(w.done);
      await expectAccessible(page);

      await page.goto(`/rate?target=officer:${badge}`);
      await fillScores(page, w);
      await page.getByRole("button", { name: w.send }).click();
      await expect(page.getByRole("alert", { name: w.problem })).toContainText(w.again);
      await close();
    });

    test("a verified rating with the codes of a request the officer resolved", async ({ browser }) => {
      const { page, close } = await context(browser, locale === "en" ? "en-GB" : "zh-CN");
      await page.goto("/feedback/new?topic=suggestion");
      await page.getByLabel(locale === "en" ? "Subject" : "标题").fill("Opening hours");
      await page.getByLabel(locale === "en" ? "Details" : "详细情况").fill("Please open on Saturdays.");
      await page.getByLabel(locale === "en" ? "Email" : "电子邮箱").fill("verified@example.test");
      await page.getByRole("button", { name: locale === "en" ? "Send" : "提交", exact: true }).click();
      const receipt = page.getByRole("region", { name: locale === "en" ? "Your message has been received" : "您的留言已收到" });
      const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
      const accessCode = (await receipt.locator("dd").nth(1).innerText()).trim();
      // Handled and resolved by the demo officer (the staff screens that do this are tested on their own).
      const sql = db();
      await sql`
        update requests set status = 'resolved', resolved_at = now(),
          unit_id = (select unit_id from users where email = 'officer@demo.test'),
          assignee_id = (select id from users where email = 'officer@demo.test')
        where tracking_number = ${trackingNumber}`;
      await sql.end();

      await page.goto(`/rate?target=officer:${await demoOfficerBadge()}`);
      await fillScores(page, w);
      await page.getByLabel(w.trackingNumber).fill(trackingNumber);
      await page.getByLabel(w.accessCode).fill(accessCode);
      await page.getByRole("button", { name: w.send }).click();
      await expect(page.getByRole("status")).toContainText(w.doneVerified);
      await close();
    });
  });
}
