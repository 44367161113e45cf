import type { Page } from "@playwright/test";

import { expect, signIn, test } from "./fixtures";
import { publicPages, staffPages } from "./site-pages";

// A page, once open, asks the server for nothing on its own: no link prefetches the page it leads
// to (next/link would, for every link in view: a page view with the header's nine sections cost the
// server twenty renders). Following a link still works, with and without JavaScript elsewhere.

test.use({ locale: "en-GB" });

/** The requests for other pages' server-rendered data that the page made by itself, after it loaded. */
async function prefetchesOf(page: Page, path: string): Promise<string[]> {
  const asked: string[] = [];
  const watch = (request: { url: () => string; headers: () => Record<string, string> }) => {
    const headers = request.headers();
    if (request.url().includes("_rsc=") || headers["rsc"] || headers["next-router-prefetch"]) asked.push(request.url());
  };
  page.on("request", watch);
  await page.goto(path);
  // Every link comes into view once, as a reader scrolling down would bring it.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(400);
  page.off("request", watch);
  return asked;
}

test("no public page prefetches the pages it links to", { tag: "@js-only" }, async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of publicPages) expect(await prefetchesOf(page, path), path).toEqual([]);
});

test("no staff page prefetches the pages it links to", { tag: "@js-only" }, async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@demo.test");
  for (const path of staffPages) expect(await prefetchesOf(page, path), path).toEqual([]);
});

test("a staff link still opens its page", { tag: "@js-only" }, async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Requests" }).click();
  await expect(page).toHaveURL(/\/staff\/requests$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
