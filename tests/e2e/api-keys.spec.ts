import { expect, expectAccessible, signIn, test } from "./fixtures";
import { issueKey } from "./open311-helpers";

test.use({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB" } });

// The admins' API keys, with and without JavaScript: a key is shown once, is
// counted when used, and once revoked posts nothing more.
test("an admin issues a key, sees its use, and revokes it", async ({ page, request }) => {
  const name = `Key ${test.info().project.name} ${Date.now()}`;
  const key = await issueKey(page, name);
  await expectAccessible(page);

  const post = () =>
    request.post("/open311/v2/requests.json", {
      form: { api_key: key, service_code: "problem-hazard", "attribute[subject]": "Street light", description: "Out for a week." },
    });
  expect((await post()).status()).toBe(200);

  await page.goto("/staff/api-keys");
  // Never shown again: the page lists its start only.
  await expect(page.getByText(key)).toHaveCount(0);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");
  await expect(row).toContainText(key.slice(0, 7));

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Key revoked" })).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) })).toContainText("Revoked");
  await expectAccessible(page);

  const refused = await post();
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { code: number }[])[0]!.code).toBe(403);
});

test("only admins reach the page", async ({ page }) => {
  await signIn(page, "moderator@demo.test");
  const response = await page.goto("/staff/api-keys");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "API keys" })).toHaveCount(0);
});
