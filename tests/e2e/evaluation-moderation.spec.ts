import postgres from "postgres";

import { expect, expectAccessible, signIn, test, withJs } from "./fixtures";

const words = {
  en: { hide: "Hide", reason: "Reason for hiding", spam: "Spam", hidden: "The comment is hidden.", report: "How comments are moderated" },
  "zh-CN": { hide: "隐藏", reason: "隐藏原因", spam: "广告垃圾信息", hidden: "留言已隐藏。", report: "留言审核情况" },
} as const;

const thisMonth = () => new Date().toLocaleString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 7);

for (const locale of ["en", "zh-CN"] as const) {
  const w = words[locale];
  test(`a moderator hides a comment with a reason, and the report counts it (${locale})`, async ({ browser }) => {
    const comment = `Buy cheap phones ${locale} ${Date.now()}`;
    // A resident's rating with a comment, arranged directly: rating through the form is evaluation.spec.ts's.
    const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await sql`
      insert into evaluations (officer_id, attitude, efficiency, fairness, comment, comment_public, comment_state)
      select id, 3, 3, 3, ${comment}, ${comment}, 'pending' from officers where published order by id limit 1`;
    await sql.end();

    const context = await browser.newContext({ locale: locale === "en" ? "en-GB" : "zh-CN", javaScriptEnabled: withJs() });
    const page = await context.newPage();
    await page.goto("/rate/report");
    const row = () => page.getByRole("row", { name: new RegExp(`^${thisMonth()}`) });
    const spamColumn = async () => {
      const headers = await page.getByRole("columnheader").allInnerTexts();
      const index = headers.findIndex((h) => h.trim() === w.spam);
      return (await row().count())
        ? Number(
            await row()
              .getByRole("cell")
              .nth(index - 1)
              .innerText(),
          )
        : 0;
    };
    const before = await spamColumn();

    await signIn(page, "moderator@demo.test");
    await page.goto("/staff/evaluations?show=pending");
    const item = page.getByRole("listitem").filter({ hasText: comment });
    await item.getByLabel(w.reason).selectOption({ label: w.spam });
    await item.getByRole("button", { name: w.hide }).click();
    await expect(page.getByRole("status")).toContainText(w.hidden);
    await expectAccessible(page);

    await page.goto("/rate/report");
    await expect(page.getByRole("heading", { level: 1, name: w.report })).toBeVisible();
    expect(await spamColumn()).toBe(before + 1);
    await expect(page.getByText(comment)).toHaveCount(0);
    await expectAccessible(page);
    await context.close();
  });
}
