import postgres from "postgres";

import { expect, expectAccessible, signIn, test, withJs } from "./fixtures";

const words = {
  en: {
    area: "Village or community",
    place: "Place",
    purpose: "What it is for",
    day: "Date",
    start: "Starts at",
    end: "Ends at",
    publish: "Publish visit",
    published: "The visit is published.",
    nextVisit: "Next visit to",
    title: "Neighbourhood priorities",
    upcoming: "Upcoming visits",
    calendar: "Add to calendar (.ics)",
  },
  "zh-CN": {
    area: "村或社区",
    place: "地点",
    purpose: "事由",
    day: "日期",
    start: "开始时间",
    end: "结束时间",
    publish: "公布走访安排",
    published: "走访安排已公布。",
    nextVisit: "下次走访",
    title: "社区警务重点",
    upcoming: "走访安排",
    calendar: "加入日历（.ics）",
  },
} as const;

/**
 * A village or community of the demo officer's station whose next visit will be the one the test
 * publishes: visits planned there by earlier runs are moved off it (to no particular village).
 */
async function quietArea(): Promise<{ id: number; nameZh: string }> {
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  const [area] = await sql<{ id: number; nameZh: string }[]>`
    select a.id, a.name_zh as "nameZh" from areas a join users u on u.email = 'officer@demo.test'
    where a.unit_id = u.unit_id order by a.id desc limit 1`;
  await sql`update visits set area_id = null where area_id = ${area!.id} and ends_at > now()`;
  await sql.end();
  return area!;
}

for (const locale of ["en", "zh-CN"] as const) {
  const w = words[locale];
  test(`a station officer publishes a visit; it shows on the village's answer and on /neighbourhood (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: locale === "en" ? "en-GB" : "zh-CN", javaScriptEnabled: withJs() });
    const page = await context.newPage();
    const area = await quietArea();
    const place = `Meeting room ${locale} ${Date.now()}`;
    await signIn(page, "officer@demo.test");
    await page.goto("/staff/neighbourhood");
    await expectAccessible(page);
    await page.getByLabel(w.area).selectOption(String(area.id));
    await page.getByLabel(w.place, { exact: true }).fill(place);
    await page.getByLabel(w.purpose, { exact: true }).fill("Door-to-door visits / 入户走访");
    await page.getByLabel(w.day, { exact: true }).fill(`${new Date().getFullYear() + 1}-03-12`);
    await page.getByLabel(w.start).fill("09:30");
    await page.getByLabel(w.end).fill("11:00");
    await page.getByRole("button", { name: w.publish }).click();
    await expect(page.getByRole("status")).toContainText(w.published);

    await page.goto(`/officers?q=${encodeURIComponent(area.nameZh)}`);
    const answer = page.getByRole("article").filter({ hasText: place });
    await expect(answer).toContainText(w.nextVisit);
    await expect(answer).toContainText("09:30");

    await page.goto("/neighbourhood");
    await expect(page.getByRole("heading", { level: 1, name: w.title })).toBeVisible();
    const visit = page.getByRole("listitem").filter({ hasText: place });
    await expect(visit).toBeVisible();
    const calendar = await page.request.get((await visit.getByRole("link", { name: w.calendar }).getAttribute("href"))!);
    expect(calendar.headers()["content-type"]).toContain("text/calendar");
    const ics = await calendar.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{4}0312T093000/);
    await expectAccessible(page);
    await context.close();
  });
}
