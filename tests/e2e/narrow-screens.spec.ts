import { allowTimeForPages, expect, signIn, test } from "./fixtures";
import { publicPages, staffPages } from "./site-pages";

// Residents use cheap phones: nothing may push the page wider than a 360 px screen.
// Measured with the browser's script engine, so only the project with JavaScript runs it.
test.use({ viewport: { width: 360, height: 740 }, locale: "en-GB" });

async function pageWidth(page: import("@playwright/test").Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test("public pages fit a 360 px screen", async ({ page }) => {
  allowTimeForPages(publicPages.length);
  for (const path of publicPages) {
    await page.goto(path);
    expect(await pageWidth(page), path).toBeLessThanOrEqual(360);
  }
});

test("staff pages fit a 360 px screen", async ({ page }) => {
  allowTimeForPages(staffPages.length);
  await signIn(page, "admin@demo.test");
  for (const path of staffPages) {
    await page.goto(path);
    expect(await pageWidth(page), path).toBeLessThanOrEqual(360);
  }
});
