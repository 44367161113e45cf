import type { Page } from "@playwright/test";

import { expect, expectAccessible, test } from "./fixtures";

// Police transparency in both languages: a section, an article, the statistics
// with a chart and its table, and a CSV download that says what the table says.

const labels = {
  zh: {
    nav: "警务公开",
    notices: "通知公告",
    news: "警务动态",
    article: "户籍窗口元旦假期办公时间调整",
    untranslated: null,
    statistics: "统计数据",
    chart: "各月按期办结率和群众满意率",
    table: "按月数据",
    unitTable: "按单位数据",
    onTime: "按期办结率（%）",
    requests: "诉求数",
    unit: "单位",
    show: "查看",
    csv: "CSV（电子表格）",
    organisation: "机构职能",
  },
  en: {
    nav: "Police transparency",
    notices: "Notices",
    news: "Police news",
    article: "Household registration desks over the New Year holiday",
    untranslated: { link: "Drug prevention classes in schools", heading: "禁毒宣传进校园" },
    statistics: "Statistics",
    chart: "On-time and satisfaction rates by month",
    table: "Figures by month",
    unitTable: "Figures by unit",
    onTime: "On-time rate (%)",
    requests: "Requests",
    unit: "Unit",
    show: "Show",
    csv: "CSV for spreadsheets",
    organisation: "Organisation and functions",
  },
};

/** A table's cells by row header and column header. */
async function tableCells(page: Page, caption: string): Promise<Map<string, Map<string, string>>> {
  const table = page.getByRole("table", { name: caption });
  const headers = (await table.locator("thead th").allInnerTexts()).map((h) => h.trim());
  const rows = new Map<string, Map<string, string>>();
  for (const row of await table.locator("tbody tr").all()) {
    const cells = (await row.locator("th, td").allInnerTexts()).map((c) => c.trim());
    rows.set(cells[0]!, new Map(headers.map((h, i) => [h, cells[i]!])));
  }
  return rows;
}

function parseCsv(text: string): Map<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = text
    .slice(1)
    .trim()
    .split("\r\n")
    .map((l) => l.split(","));
  return lines.map((cells) => new Map(header!.map((h, i) => [h, cells[i]!])));
}

for (const [lang, l] of Object.entries(labels)) {
  test.describe(`police transparency (${lang})`, () => {
    test.use({ locale: lang === "en" ? "en-GB" : "zh-CN" });

    test("a section and an article, from the main navigation", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("navigation").getByRole("link", { name: l.nav }).click();
      await expect(page.getByRole("heading", { level: 1, name: l.nav })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("main").getByRole("link", { name: l.notices, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: l.notices })).toBeVisible();
      await page.getByRole("link", { name: l.article }).click();
      await expect(page.getByRole("heading", { level: 1, name: l.article })).toBeVisible();
      await expect(page.getByRole("article").getByRole("strong")).toBeVisible();
      await expectAccessible(page);
      if (l.untranslated) {
        await page.goto("/transparency/news");
        // Its title has a translation, its text has not: the article is shown in Chinese, and says so.
        await page.getByRole("link", { name: l.untranslated.link }).click();
        await expect(page.getByRole("main").getByRole("note")).toContainText("no English version");
        await expect(page.getByRole("heading", { level: 1, name: l.untranslated.heading })).toBeVisible();
      }
    });

    test("organisation and functions come from the unit tree", async ({ page }) => {
      await page.goto("/transparency/organisation");
      await expect(page.getByRole("heading", { level: 1, name: l.organisation })).toBeVisible();
      await expect(page.getByRole("link", { name: lang === "en" ? "Traffic Police Brigade" : "交通管理大队" })).toBeVisible();
      await expectAccessible(page);
    });

    test("statistics: a chart, its table, a unit chosen through the address, and a CSV that matches", async ({ page }) => {
      await page.goto("/transparency/statistics");
      await expect(page.getByRole("heading", { level: 1, name: l.statistics })).toBeVisible();
      await expect(page.getByRole("img", { name: l.chart })).toBeVisible();
      const months = await tableCells(page, l.table);
      expect(months.size).toBe(12);
      // A month with fewer than five requests (the current one, early in the month) shows "<5".
      const counts = [...months.values()].map((row) => row.get(l.requests)!);
      for (const count of counts) expect(count).toMatch(/^(\d+|<5)$/);
      const total = counts.reduce((sum, count) => sum + (count === "<5" ? 0 : Number(count)), 0);
      expect(total).toBeGreaterThan(1000);
      await expectAccessible(page);

      const csvLink = page.getByRole("link", { name: l.csv });
      // As a browser asks for a download: in the reader's language.
      const response = await page.request.get((await csvLink.getAttribute("href"))!, {
        headers: { "Accept-Language": lang === "en" ? "en-GB" : "zh-CN" },
      });
      expect(response.headers()["content-type"]).toContain("text/csv");
      const rows = parseCsv(await response.text());
      for (const [month, cells] of months) {
        const row = rows.find((r) => [...r.values()][0] === month)!;
        expect(row.get(l.requests)).toBe(cells.get(l.requests));
        expect(row.get(l.onTime)).toBe(cells.get(l.onTime));
      }
      const units = await tableCells(page, l.unitTable);
      const [unitName, unitRow] = [...units].find(([, r]) => Number(r.get(l.requests)) > 0)!;
      expect(rows.find((r) => r.get(l.unit) === unitName)!.get(l.requests)).toBe(unitRow.get(l.requests));

      // The filter is a plain GET form: the choice lands in the address.
      await page.getByLabel(l.unit, { exact: true }).selectOption({ label: unitName });
      await page.getByRole("button", { name: l.show }).click();
      await expect(page).toHaveURL(/unit=/);
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(unitName) })).toBeVisible();
      const unitMonths = await tableCells(page, l.table);
      const unitTotal = [...unitMonths.values()].reduce((sum, row) => sum + (Number(row.get(l.requests)) || 0), 0);
      expect(unitTotal).toBeLessThanOrEqual(Number(unitRow.get(l.requests)));
    });
  });
}
