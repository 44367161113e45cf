import type { Browser, Page } from "@playwright/test";

import { errorSummary, expect, expectAccessible, signIn, test, withJs } from "./fixtures";

// The virtual police desk, end to end: a resident asks the officer of 王庄村,
// that officer answers from the staff area, the resident rates the answer, a
// moderator publishes it, and visitors find it and back it once each.

async function staffPage(browser: Browser, email: string, locale = "en-GB"): Promise<Page> {
  const context = await browser.newContext({ locale, javaScriptEnabled: withJs() });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test.describe("virtual police desk", () => {
  test.use({ locale: "en-GB" });

  test("ask the officer of 王庄村, get the answer, rate it; published, found and backed once", async ({ page, browser }) => {
    // Four people and two sign-ins: longer than one page's journey.
    test.setTimeout(150_000);
    const subject = `Registering a newborn ${test.info().project.name}`;
    await page.goto("/");
    await page.getByRole("link", { name: /virtual police desk/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Virtual police desk" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main sections" }).getByRole("link", { name: "Virtual police desk" })).toBeVisible();
    await page.getByLabel("Your village or community").fill("王庄村");
    await page.getByRole("button", { name: "Find my officer" }).click();
    const who = page.getByRole("region", { name: "Who will answer" });
    await expect(who).toContainText("Community Police Officer");
    await expect(who).toContainText("Luwan Police Station");
    await expect(who.getByText("Your question goes straight to this officer.")).toBeVisible();
    await expect(who.getByRole("link", { name: /^0370-/ })).toBeVisible();
    const officerName = (await who.getByRole("link").first().innerText()).trim();
    await expectAccessible(page);

    const form = page.getByRole("region", { name: "Your question" });
    await form.getByRole("button", { name: "Send question" }).click();
    await expect(errorSummary(page)).toContainText("Subject: Enter this information");
    await form.getByLabel("What is it about?").selectOption({ label: "Household registration and residence" });
    await form.getByLabel("Subject").fill(subject);
    await form.getByLabel("Your question").fill("My name is Li Ming, phone 13912345678. What do I bring to register my baby?");
    await form.getByLabel("Your name").fill("Li Ming");
    await form.getByLabel("The bureau may publish my question and its answer, without my name").check();
    await form.getByRole("button", { name: "Send question" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Your question has been sent to ${officerName}.` })).toBeVisible();
    const receipt = page.getByRole("region", { name: "Your message has been received" });
    const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
    expect(trackingNumber).toMatch(/^Q\d{6}-[2-9A-Z]{6}$/);
    const trackPath = (await receipt.getByRole("link", { name: "Follow your message" }).getAttribute("href"))!;
    await expectAccessible(page);

    // The officer sees it first, and answers from the request page.
    const officer = await staffPage(browser, "village-officer@demo.test");
    await officer.goto("/staff");
    const assigned = officer.getByRole("region", { name: "Assigned to me" });
    await expect(assigned.getByRole("link", { name: subject })).toBeVisible();
    await officer.goto("/staff/requests");
    await expect(officer.getByRole("region", { name: "Assigned to me" }).getByRole("link", { name: subject })).toBeVisible();
    await officer.getByRole("region", { name: "Assigned to me" }).getByRole("link", { name: subject }).click();
    await officer.getByLabel("Message", { exact: true }).fill("Bring the birth certificate and the household register.");
    await officer.getByRole("button", { name: "Send", exact: true }).click();
    await expect(officer.getByRole("listitem").filter({ hasText: "Bring the birth certificate" })).toBeVisible();
    await officer.getByRole("button", { name: "Resolve" }).click();
    await expect(officer.getByText(/ · Answered$/)).toBeVisible();
    await officer.context().close();

    // The resident reads the answer and rates it.
    await page.goto(trackPath);
    await expect(page.getByText("Bring the birth certificate and the household register.").first()).toBeVisible();
    await page.getByRole("radio", { name: "Satisfied", exact: true }).check();
    await page.getByRole("button", { name: "Send rating" }).click();
    await expect(page.getByText("You rated the handling")).toBeVisible();

    // A moderator publishes the reviewed copy.
    const moderator = await staffPage(browser, "moderator@demo.test");
    await moderator.goto(`/staff/requests/${trackingNumber}`);
    await expect(moderator.getByLabel("Public question")).not.toHaveValue(/Li Ming|13912345678/);
    await moderator.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(moderator.getByText("Published.", { exact: true })).toBeVisible();
    await moderator.context().close();

    // Anyone finds it on /desk; a visitor backs it once, and a second time is refused.
    await page.goto("/desk");
    await page.getByLabel("Words in the question or answer").fill("newborn");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const item = page.getByRole("article").filter({ hasText: subject });
    await expect(item).toContainText("Bring the birth certificate and the household register.");
    await expect(item).not.toContainText("13912345678");
    await expect(item).toContainText("Answer from Luwan Police Station");
    await item.getByRole("link", { name: subject }).click();
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expectAccessible(page);

    const visitor = await (await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() })).newPage();
    await visitor.goto(`/desk/q/${trackingNumber}`);
    await visitor.getByRole("button", { name: "This affects me too" }).click();
    await expect(visitor.getByText("Thank you: counted.")).toBeVisible();
    await expect(visitor.getByText("1 person affected")).toBeVisible();
    await visitor.goto(`/desk/q/${trackingNumber}`);
    await visitor.getByRole("button", { name: "This affects me too" }).click();
    await expect(visitor.getByRole("alert").filter({ hasText: "You have already said this affects you." })).toBeVisible();
    await visitor.goto(`/desk/q/${trackingNumber}`);
    await expect(visitor.getByText("1 person affected")).toBeVisible();
    await visitor.context().close();
  });

  test("an unknown place is named, and the page offers no question form", async ({ page }) => {
    await page.goto("/desk?place=Atlantis");
    await expect(page.getByLabel("Your village or community")).toHaveAccessibleDescription(/No village or community has this name/);
    await expect(page.getByRole("region", { name: "Your question" })).toHaveCount(0);
  });
});

test.describe("网上警务室", () => {
  test.use({ locale: "zh-CN" });

  test("用汉字或拼音找到民警，提问，收到回执；我也遇到了", async ({ page, browser }) => {
    await page.goto("/desk");
    await expect(page.getByRole("heading", { level: 1, name: "网上警务室" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "向社区民警提问" })).toBeVisible();
    await page.getByLabel("您所在的村或社区").fill("wangzhuangcun");
    await page.getByRole("button", { name: "查找我的民警" }).click();
    const who = page.getByRole("region", { name: "由谁答复" });
    await expect(who).toContainText("王庄村");
    await expect(who).toContainText("社区民警");
    await expect(who).toContainText("芦湾派出所");
    const form = page.getByRole("region", { name: "您的问题" });
    await form.getByLabel("问题类别").selectOption({ label: "户籍与居住" });
    await form.getByLabel("标题").fill("迁户口");
    await form.getByLabel("您的问题", { exact: true }).fill("从外地迁户口需要什么材料？");
    await form.getByLabel("同意公安局公开我的问题和答复（不显示姓名）").check();
    await form.getByRole("button", { name: "提交问题" }).click();
    const receipt = page.getByRole("region", { name: "您的留言已收到" });
    await expect(receipt.locator("dd").first()).toHaveText(/^Q\d{6}-/);
    await expectAccessible(page);

    // The most recent published question (the English test's) takes one "me too" from this browser.
    await page.goto("/desk");
    const first = page.getByRole("article").first();
    await expect(first).toBeVisible();
    const href = (await first.getByRole("link").first().getAttribute("href"))!;
    const visitor = await (await browser.newContext({ locale: "zh-CN", javaScriptEnabled: withJs() })).newPage();
    await visitor.goto(href);
    await visitor.getByRole("button", { name: "我也遇到了" }).click();
    await expect(visitor.getByText("谢谢，已记录。")).toBeVisible();
    await visitor.getByRole("button", { name: "我也遇到了" }).click();
    await expect(visitor.getByRole("alert").filter({ hasText: "您已经表示过遇到此问题。" })).toBeVisible();
    await visitor.context().close();
  });
});
