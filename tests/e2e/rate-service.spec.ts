import { expect, expectAccessible, test, withJs } from "./fixtures";

const words = {
  en: {
    scores: "Ratings from residents",
    rateLink: "Rate the police",
    attitude: "Were you treated politely and with respect?",
    efficiency: "Was your matter dealt with quickly?",
    fairness: "Were you treated fairly and according to the rules?",
    good: "4 – good",
    send: "Send rating",
    done: "Thank you: your rating is received",
    chooseService: "Rate a service",
    service: "Service",
    rateThis: "Rate this service",
  },
  "zh-CN": {
    scores: "群众评价",
    rateLink: "开门评警",
    attitude: "服务态度是否文明礼貌？",
    efficiency: "办事是否及时高效？",
    fairness: "执法办事是否公正规范？",
    good: "4 – 好",
    send: "提交评价",
    done: "谢谢，已收到您的评价",
    chooseService: "评价办事服务",
    service: "服务事项",
    rateThis: "评价此项服务",
  },
} as const;

for (const locale of ["en", "zh-CN"] as const) {
  const w = words[locale];
  test(`a resident rates a service from its guide, and chooses one on /rate (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: locale === "en" ? "en-GB" : "zh-CN", javaScriptEnabled: withJs() });
    const page = await context.newPage();
    await page.goto("/services/residence-permit");
    await page.getByRole("region", { name: w.scores }).getByRole("link", { name: w.rateLink }).click();
    await expect(page).toHaveURL(/\/rate\?target=service:residence-permit$/);
    for (const question of [w.attitude, w.efficiency, w.fairness])
      await page.getByRole("group", { name: question }).getByLabel(w.good).check();
    await page.getByRole("button", { name: w.send }).click();
    await expect(page.getByRole("status")).toContainText(w.done);
    await expectAccessible(page);

    await page.goto("/rate");
    const services = page.getByRole("form", { name: w.chooseService });
    await services.getByLabel(w.service, { exact: true }).selectOption("service:id-card-lost-report");
    await services.getByRole("button", { name: w.rateThis }).click();
    await expect(page).toHaveURL(/\/rate\?target=service(:|%3A)id-card-lost-report$/);
    await expect(page.getByRole("button", { name: w.send })).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });
}
