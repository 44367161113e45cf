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
