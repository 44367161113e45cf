import type { Page } from "@playwright/test";

import { errorSummary, expect, expectAccessible, posts, signIn, test, withJs } from "./fixtures";

test.describe("published officer contacts", () => {
  test("a village search answers with its community officer, in Chinese", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "查找民警" }).fill("前王庄村");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/\/officers\?q=/);
    const answer = page.getByRole("article").filter({ hasText: "前王庄村的责任民警是" }).first();
    await expect(answer).toBeVisible();
    await expect(answer.getByRole("link", { name: /^1990000\d{4}$/ })).toHaveAttribute("href", /^tel:1990000\d{4}$/);
    await expect(answer.getByRole("link", { name: /派出所$/ })).toBeVisible();
    await expectAccessible(page);
  });

  test("pinyin finds officers, and the profile offers a vCard", async ({ page, request }) => {
    await page.goto("/officers?q=huang%20xiang");
    const card = page.getByRole("article").filter({ hasText: "局长" }).first();
    await card.getByRole("link", { name: "黄祥" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "黄祥" })).toBeVisible();
    await expect(page.getByText("040001")).toBeVisible();
    // The kind of each number is said once, by its term, not again beside the number.
    await expect(page.getByText("手机", { exact: true })).toHaveCount(1);
    await expect(page.getByRole("link", { name: /^1990000\d{4}$/ })).toBeVisible();
    await expectAccessible(page);
    const href = await page.getByRole("link", { name: "保存到手机通讯录（vCard）" }).getAttribute("href");
    const vcard = await request.get(href!);
    expect(vcard.headers()["content-type"]).toBe("text/vcard; charset=utf-8");
    const body = await vcard.text();
    expect(body).toContain("BEGIN:VCARD\r\nVERSION:4.0\r\n");
    expect(body).toContain("FN:黄祥");
  });

  test("nothing found suggests what to try", async ({ page }) => {
    await page.goto("/officers?q=zzzzqqq");
    await expect(page.getByText("没有找到结果。")).toBeVisible();
    await expect(page.getByRole("link", { name: "或浏览公安机构列表。" })).toBeVisible();
  });

  test("a rural station's villages are grouped by officer and searchable", async ({ page }) => {
    await page.goto("/units");
    await expectAccessible(page);
    await page.getByRole("link", { name: "芦湾派出所" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "芦湾派出所" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /辖区村（社区）（\d+）/ })).toBeVisible();
    await expectAccessible(page);
    const firstVillage = (await page.locator("#areas-title ~ ul li p").nth(1).innerText()).split("、")[0]!;
    await page.getByRole("searchbox", { name: "村（社区）名称" }).fill(firstVillage);
    await page.getByRole("button", { name: "查找" }).click();
    await expect(page.getByText(/^\d+ \/ \d+$/)).toBeVisible();
    await expect(page.locator("#areas-title ~ ul")).toContainText(firstVillage);
  });

  test("an unknown or unpublished badge is not found, and the CSV is open data", async ({ page, request }) => {
    await page.goto("/officers/999999");
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    expect((await request.get("/officers/999999/vcard")).status()).toBe(404);
    const csv = await request.get("/officers.csv");
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const text = await csv.text();
    expect(text.startsWith("\uFEFFbadge_number,name,name_pinyin,title,unit,unit_slug,phone,office_phone,areas\r\n")).toBe(true);
  });
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });

  test("names show in pinyin and the search works", async ({ page }) => {
    await page.goto("/officers?q=wangzhuang");
    await expect(page.getByRole("heading", { name: "Results for “wangzhuang”" })).toBeVisible();
    await expect(page.getByText(/Your community officer for \w+ Village is/).first()).toBeVisible();
    await expectAccessible(page);
    await page.goto("/officers");
    await expect(page.getByRole("heading", { name: "Bureau leadership" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Huang Xiang" })).toBeVisible();
  });
});

test.describe("staff directory", () => {
  test.use({ locale: "en-GB" });

  test("a moderator edits an officer's phone, with a clear error first, and residents see it at once", async ({ page, browser }) => {
    // A resident without an account: the server keeps the profile rendered for everyone like them.
    const resident = await (await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() })).newPage();
    // A number of this run's own, so that the resident's page must change.
    const phone = `139${String(Date.now()).slice(-8)}`;
    await resident.goto("/officers/040002");
    await resident.reload();
    await expect(resident.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(resident.getByRole("link", { name: phone })).toHaveCount(0);
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff/directory?q=040002");
    await expectAccessible(page);
    await page
      .getByRole("row", { name: /040002/ })
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("040002");
    await page.getByLabel("Public mobile phone").fill("12345");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Public mobile phone: Enter a mobile number of 11 digits",
    );
    await expectAccessible(page);
    await page.getByLabel("Public mobile phone").fill(`${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved.");
    await page.goto("/officers/040002");
    await expect(page.getByRole("link", { name: phone })).toBeVisible();
    await resident.reload();
    await expect(resident.getByRole("link", { name: phone })).toBeVisible();
    await resident.context().close();
  });

  async function openOfficer(page: Page, badge: string) {
    await signIn(page, "moderator@demo.test");
    await page.goto(`/staff/directory?q=${badge}`);
    await page
      .getByRole("row", { name: new RegExp(badge) })
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(badge);
  }

  test(
    "with JavaScript, an officer's form says what is wrong before sending, and clears it when fixed",
    { tag: "@js-only" },
    async ({ page }) => {
      await openOfficer(page, "040003");
      const sent = posts(page);
      const badge = page.getByLabel("Badge number", { exact: true });
      const phone = page.getByLabel("Public mobile phone");
      await badge.fill("0400");
      await phone.fill("12345");
      await page.getByRole("button", { name: "Save changes" }).click();
      const summary = errorSummary(page);
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("link", { name: "Badge number: Enter a badge number of 6 digits" })).toHaveAttribute(
        "href",
        "#badgeNumber",
      );
      await expect(summary.getByRole("link", { name: /^Public mobile phone: Enter a mobile number of 11 digits/ })).toBeVisible();
      await expect(phone).toHaveAttribute("aria-invalid", "true");
      await expect(phone).toHaveAccessibleDescription(/Enter a mobile number of 11 digits/);
      await expectAccessible(page);

      await phone.fill("13912345678");
      await expect(phone).not.toHaveAttribute("aria-invalid");
      await expect(summary.getByRole("link", { name: /^Public mobile phone:/ })).toHaveCount(0);
      await expect(summary.getByRole("link", { name: /^Badge number:/ })).toBeVisible();
      await badge.fill("040003");
      await expect(summary).toHaveCount(0);
      await expect(badge).toBeFocused();
      expect(sent).toEqual([]);
    },
  );

  test(
    "without JavaScript, an officer's form comes back with the problems at the top and beside each field",
    { tag: "@no-js-only" },
    async ({ page }) => {
      await openOfficer(page, "040003");
      await page.getByLabel("Name (hanzi)").fill("");
      await page.getByLabel("Public mobile phone").fill("12345");
      await page.getByRole("button", { name: "Save changes" }).click();
      const summary = errorSummary(page);
      await expect(summary.getByRole("link", { name: "Name (hanzi): Enter this information" })).toHaveAttribute("href", "#nameZh");
      await expect(summary.getByRole("link", { name: /^Public mobile phone: Enter a mobile number of 11 digits/ })).toBeVisible();
      const phone = page.getByLabel("Public mobile phone");
      await expect(phone).toHaveAttribute("aria-invalid", "true");
      await expect(phone).toHaveAccessibleDescription(/Enter a mobile number of 11 digits/);
      await expect(phone).toHaveValue("12345");
      await expect(page.getByLabel("Name (hanzi)")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel("Badge number", { exact: true })).toHaveValue("040003");
    },
  );

  test("an officer may look but not change", async ({ page }) => {
    await signIn(page, "officer@demo.test");
    await page.goto("/staff/directory/units");
    await page.getByRole("link", { name: "Luwan Police Station" }).first().click();
    await expect(page.getByText("Only moderators and administrators can change the directory.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  });
});
