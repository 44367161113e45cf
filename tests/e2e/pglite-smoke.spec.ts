import type { APIResponse } from "@playwright/test";

import { expect, expectAccessible, signIn, test } from "./fixtures";

// The embedded database `npm start` uses: the demo bureau loads and sign-in works.
test("PGlite server: healthy, demo bureau loaded, staff sign-in works", async ({ page, request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "示范市公安局" })).toBeVisible();
  await expect(page.getByText("演示数据。")).toBeVisible();
  await expectAccessible(page);
  await signIn(page, "officer@demo.test");
  await page.goto("/staff");
  await expect(page.getByText("3,706")).toBeVisible();
});

// This server keeps the default limit on the large files (30 full downloads an hour from one address).
test("a reader who downloads a large file too often is told when to try again, in their language", async ({ playwright, baseURL }) => {
  const reader = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "en-GB" } });
  let refused: APIResponse | null = null;
  for (let i = 0; i <= 30 && !refused; i++) {
    const response = await reader.get("/open-data/replies.csv");
    if (response.status() === 429) refused = response;
    else expect(response.status()).toBe(200);
  }
  expect(refused, "the 31st download at the latest is refused").not.toBeNull();
  expect(refused!.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await refused!.text()).toMatch(/^This file has been downloaded many times from your address\. Try again in \d+ minutes?\.\n$/);
  const chinese = await reader.get("/open-data/replies.csv", { headers: { "Accept-Language": "zh-CN" } });
  expect(chinese.status()).toBe(429);
  expect(await chinese.text()).toMatch(/^您的地址下载此文件的次数过多，请在 \d+ 分钟后再试。\n$/);
  // The small files are not counted.
  expect((await reader.get("/open-data/units.csv")).status()).toBe(200);
  await reader.dispose();
});
