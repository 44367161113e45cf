import { expect, expectAccessible, signIn, test } from "./fixtures";

// Real status codes with the message rendered on the server: each page is read
// as plain HTML (no script runs), and in the project without JavaScript also
// looked at in the browser.

const noindex = /<meta name="robots" content="noindex/;

// The addresses a security review saw answer 500, and what they answer now.
const badPublicAddresses: [string, number][] = [
  ["/officers?q=a%00b", 200],
  ["/feedback/replies?q=%00", 200],
  ["/feedback/replies?before=99999999999999999_1", 200],
  ["/feedback/replies?before=1_99999999999999999999", 200],
  ["/feedback/replies?q=%ED%A0%80&unit=%00&category=x", 200],
  [`/units/${"a".repeat(81)}`, 404],
  ["/units/no-such-unit", 404],
  ["/track/%FF", 404],
  [`/track/${"x".repeat(32)}`, 404],
  ["/officers/%FF", 404],
  ["/officers/999999", 404],
  ["/officers/%E6%9F%A5", 404],
  ["/officers/%00/vcard", 404],
  ["/no-such-page/%C0%AF", 404],
];

test.describe("bad addresses", () => {
  test("none of the public addresses a review found answers 500", async ({ request }) => {
    for (const [address, status] of badPublicAddresses) {
      const response = await request.get(address, { headers: { "accept-language": "en" } });
      expect(response.status(), address).toBe(status);
      if (status === 404 && !address.endsWith("/vcard")) {
        const html = await response.text();
        expect(html, address).toContain(">Page not found</h1>");
        expect(html, address).toMatch(noindex);
      }
    }
  });

  test("an unknown officer, unit or tracking link is a 404 with the message, without JavaScript", async ({ page }) => {
    for (const address of ["/officers/999999", "/units/no-such-unit", `/track/${"y".repeat(40)}`]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
      await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
      await expect(page).toHaveTitle(/^页面不存在/);
    }
    await expectAccessible(page);
  });

  test("sign-in with a Chinese return path comes back to it", async ({ page }) => {
    const response = await page.goto("/sign-in?next=/%E6%9F%A5%E8%AF%A2");
    expect(response?.status()).toBe(200);
    await page.getByLabel("电子邮箱").fill("resident@demo.test");
    await page.getByLabel("密码").fill("safe-city-demo");
    await page.getByRole("button", { name: "登录" }).click();
    // There is no such page: a 404 at the path the resident came from, not a 500 or the home page.
    await expect(page).toHaveURL(/\/%E6%9F%A5%E8%AF%A2$/);
    await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
  });
});

test.describe("staff pages by role", () => {
  test.use({ locale: "en-GB" });

  test("a moderator opening an admin page gets a 403 that says an administrator is needed", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    for (const address of ["/staff/settings", "/staff/audit"]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
      await expect(page.getByText("Only these accounts may open this page: administrator.")).toBeVisible();
      await expect(page.getByText("You are signed in as: moderator.")).toBeVisible();
      await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
    }
    const html = await (await page.request.get("/staff/settings", { headers: { "accept-language": "en" } })).text();
    expect(html).toContain("Only these accounts may open this page: administrator.");
    expect(html).not.toContain("Holidays");
    await expectAccessible(page);
  });

  test("a resident gets a 403 for the staff area; an officer for the import", async ({ page, browser }) => {
    await signIn(page, "resident@demo.test");
    const response = await page.goto("/staff/requests");
    expect(response?.status()).toBe(403);
    await expect(page.getByText("Only these accounts may open this page: officer, moderator, administrator.")).toBeVisible();

    const officerContext = await browser.newContext({
      locale: "en-GB",
      javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
    });
    const officer = await officerContext.newPage();
    await signIn(officer, "officer@demo.test");
    expect((await officer.goto("/staff/directory/import"))?.status()).toBe(403);
    await expect(officer.getByText("Only these accounts may open this page: moderator, administrator.")).toBeVisible();
    await officerContext.close();
  });

  test("bad filters and cursors in the staff area are ignored, unknown records are 404", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    for (const address of [
      "/staff/requests?unit=99999999999",
      "/staff/requests?after=99999999999999999_1",
      "/staff/requests?q=%00&status=%FF&due=x",
      "/staff/outbox?before=99999999999999999999",
      "/staff/directory?q=%00&after=x",
      "/staff/directory/areas?unit=99999999999",
    ]) {
      const response = await page.goto(address);
      expect([200, 404], address).toContain(response?.status());
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    for (const address of [
      "/staff/directory/officers/99999999999",
      "/staff/directory/officers/abc",
      "/staff/directory/units/0",
      "/staff/directory/areas/2147483648",
      "/staff/requests/F000000-XXXXXX",
      "/staff/requests/%FF",
    ]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    }
  });

  test("signed out, a staff page sends you to sign in and back", async ({ request }) => {
    const response = await request.get("/staff/requests?status=open", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/sign-in?next=%2Fstaff%2Frequests%3Fstatus%3Dopen");
  });
});

test.describe("safety headers everywhere", () => {
  test("favicon, robots.txt, the manifest and Next.js's files carry them too", async ({ request }) => {
    const home = await (await request.get("/")).text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(home)![1]!;
    for (const address of ["/favicon.ico", "/robots.txt", "/manifest.webmanifest", "/icon.png", script]) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      const headers = response.headers();
      expect(headers["content-security-policy"], address).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"], address).toBe("nosniff");
      expect(headers["x-frame-options"], address).toBe("DENY");
      expect(headers["referrer-policy"], address).toBe("same-origin");
    }
    expect(await (await request.get("/robots.txt")).text()).toMatch(/Disallow: \/staff\n[\s\S]*Disallow: \/track/);
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "平安城市", theme_color: "#064e3b" });
    expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    // A 404 page has the page headers, nonce included.
    const missing = await request.get("/favicon.icox");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["content-security-policy"]).toMatch(/'nonce-/);
  });
});
