import postgres from "postgres";

import { expect, expectAccessible, signIn, test, withJs } from "./fixtures";

const words = {
  en: {
    make: "Make this a priority",
    mostBacked: "Most backed open items",
    issue: "Issue in English",
    action: "What we are doing, in English",
    dueOn: "By when",
    made: "The report is now a neighbourhood priority.",
    is: "This report is a neighbourhood priority of",
    raised: "Raised by residents",
    edit: "Edit the priority",
  },
  "zh-CN": {
    make: "列为警务重点",
    mostBacked: "“我也遇到了”最多的未办结事项",
    issue: "问题",
    action: "我们的措施",
    dueOn: "完成时限",
    made: "本条反映已列为社区警务重点。",
    is: "本条反映已列为",
    raised: "来自群众反映",
    edit: "修改该警务重点",
  },
} as const;

/**
 * A request of the demo officer's station made an open, published problem
 * report that many residents backed (arranged directly: publishing and "me
 * too" are tested on their own), so it heads the dashboard's most-backed list.
 */
async function backedReport(title: string): Promise<{ trackingNumber: string; subject: string }> {
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const [request] = await sql<{ id: string; trackingNumber: string; subject: string }[]>`
    select r.id, r.tracking_number as "trackingNumber", r.subject from requests r join users u on u.email = 'officer@demo.test'
    where r.unit_id = u.unit_id and r.kind = 'feedback'
      and not exists (select 1 from publications p where p.request_id = r.id)
      and not exists (select 1 from priorities p where p.request_id = r.id)
    order by r.id desc limit 1`;
  await sql`update requests set topic = 'problem', status = 'accepted' where id = ${request!.id}`;
  await sql`insert into publications (request_id, public_title, public_question, public_reply) values (${request!.id}, ${title}, 'The light is out.', '')`;
  await sql`insert into backings (request_id, backer) select ${request!.id}, 'browser:e2e-' || g || '-' || ${title} from generate_series(1, 500) g`;
  await sql.end();
  return request!;
}

for (const locale of ["en", "zh-CN"] as const) {
  const w = words[locale];
  test(`a station officer makes a much-backed report a neighbourhood priority from the dashboard (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: locale === "en" ? "en-GB" : "zh-CN", javaScriptEnabled: withJs() });
    const page = await context.newPage();
    const title = `Street light out ${locale} ${Date.now()}`;
    const report = await backedReport(title);
    await signIn(page, "officer@demo.test");
    await page.goto("/staff");
    // The link names its report for screen readers; the list names it for the eye.
    const backed = page.getByRole("region", { name: w.mostBacked }).getByRole("listitem");
    await backed.filter({ hasText: report.subject }).getByRole("link", { name: w.make }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/requests/${report.trackingNumber}#priority-title$`));
    await expectAccessible(page);
    // The issue comes prefilled with the report's public title, in the page's language.
    await expect(page.getByLabel(w.issue, { exact: true })).toHaveValue(title);
    await page.getByLabel(w.action, { exact: true }).fill(locale === "en" ? "Repair it and patrol at night" : "报修并加强夜间巡逻");
    await page.getByLabel(w.dueOn, { exact: true }).fill(`${new Date().getFullYear() + 1}-04-30`);
    await page.getByRole("button", { name: w.make }).click();
    await expect(page.getByRole("status")).toContainText(w.made);
    await expect(page.getByRole("region", { name: locale === "en" ? "Neighbourhood priority" : "社区警务重点" })).toContainText(w.is);
    // Linked both ways: the priority's edit page leads back to the report.
    await page.getByRole("link", { name: w.edit }).click();
    await page.getByRole("link", { name: new RegExp(report.trackingNumber) }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/requests/${report.trackingNumber}$`));

    await page.goto("/neighbourhood");
    const priority = page.getByRole("listitem").filter({ hasText: title });
    await expect(priority).toContainText(w.raised);
    await expect(priority).toContainText("500");
    await expectAccessible(page);
    // And from the priority to the published report's own page, which names the priority it became.
    await priority.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(new RegExp(`/feedback/replies/${report.trackingNumber}$`));
    await expect(page.getByRole("article")).toContainText(w.is);

    // The other language's page shows the text as written, and says so.
    const other = await browser.newContext({ locale: locale === "en" ? "zh-CN" : "en-GB", javaScriptEnabled: withJs() });
    const otherPage = await other.newPage();
    await otherPage.goto("/neighbourhood");
    await expect(otherPage.getByRole("listitem").filter({ hasText: title })).toContainText(
      locale === "en" ? "暂无中文" : "Not yet written in English",
    );
    await other.close();
    await context.close();
  });
}
