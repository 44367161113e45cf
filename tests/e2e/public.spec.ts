import { expect, expectAccessible, test } from "./fixtures";

test.describe("public pages", () => {
  test("home page in Chinese by default, with the emergency notice and demo notice", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1, name: "示范市公安局" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "紧急情况请拨打 110" })).toBeVisible();
    await expect(page.getByText("演示数据。")).toBeVisible();
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "110" })).toHaveAttribute("href", "tel:110");
    await expectAccessible(page);
  });

  test("switches language and remembers it", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Demo City Public Security Bureau" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "示范市公安局" })).toBeVisible();
  });

  test("has a skip link to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到正文" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("unknown pages get a translated 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("English from the browser's languages", () => {
  test.use({ locale: "en-GB" });

  test("home page in English", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Emergency? Call 110" })).toBeVisible();
    await expect(page.getByText("Everyone and every phone number on this site is fictional.")).toBeVisible();
    await expectAccessible(page);
  });

  test("unknown pages get an English 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test.describe("headers and health", () => {
  test("every page carries a nonce CSP and the safety headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
    // Plain HTTP: no HSTS (tests/unit/safety-headers.test.ts: over HTTPS it is sent). With no trusted
    // proxy (TRUST_PROXY_HOPS=0) a client cannot claim HTTPS with X-Forwarded-Proto.
    expect(headers["strict-transport-security"]).toBeUndefined();
    const claimed = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(claimed.headers()["strict-transport-security"]).toBeUndefined();

    const second = await request.get("/");
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    // Every script on the page carries this request's nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("health answers 200 with the database up", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
  });
});
