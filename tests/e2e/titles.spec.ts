import type { Browser } from "@playwright/test";

import { allowTimeForPages, expect, expectAccessible, signIn, test, withJs } from "./fixtures";
import { sendSuggestion } from "./send-feedback";
import { publicPages as listedPublic, staffPages as listedStaff } from "./site-pages";

// Every page's <title> says which page it is, then the site, in the page's language.
const publicPages = [...listedPublic, "/no-such-page"];
const staffPages = [...listedStaff, "/account"];

const sites = { "en-GB": "Safe City", "zh-CN": "平安城市" } as const;
const hanzi = /[\u4e00-\u9fff]/;

async function titlesIn(browser: Browser, locale: keyof typeof sites) {
  const context = await browser.newContext({ locale, javaScriptEnabled: withJs() });
  const page = await context.newPage();
  const titles: Record<string, string> = {};
  for (const path of publicPages) {
    await page.goto(path);
    titles[path] = await page.title();
  }
  const request = `/staff/requests/${await sendSuggestion(page)}`;
  await signIn(page, "admin@demo.test");
  for (const path of [...staffPages, request]) {
    await page.goto(path);
    titles[path] = await page.title();
  }
  await context.close();
  return titles;
}

test.use({ locale: "en-GB" });

test("every page's title names the page and the site in the page's language", { tag: "@js-only" }, async ({ browser }) => {
  allowTimeForPages(2 * (publicPages.length + staffPages.length));
  for (const locale of ["en-GB", "zh-CN"] as const) {
    const titles = await titlesIn(browser, locale);
    for (const [path, title] of Object.entries(titles)) {
      const [, pageName] = /^(.+) · (.+)$/.exec(title) ?? [];
      expect(title.endsWith(` · ${sites[locale]}`), `${locale} ${path}: "${title}"`).toBe(true);
      expect(pageName, `${locale} ${path}: "${title}"`).toBeTruthy();
      if (locale === "en-GB") expect(pageName, `${path}: "${title}"`).not.toMatch(hanzi);
      else expect(pageName, `${path}: "${title}"`).toMatch(/[\u4e00-\u9fff]/);
    }
  }
});

test("every staff page passes axe", { tag: "@js-only" }, async ({ page }) => {
  allowTimeForPages(staffPages.length);
  const request = `/staff/requests/${await sendSuggestion(page)}`;
  await signIn(page, "admin@demo.test");
  for (const path of [...staffPages, request]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});
