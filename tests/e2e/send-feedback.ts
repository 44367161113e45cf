import type { Page } from "@playwright/test";

import { expect } from "./fixtures";

/** A resident's suggestion sent in English; returns its tracking number (tests that need a request of their own). */
export async function sendSuggestion(page: Page): Promise<string> {
  await page.goto("/feedback/new?topic=suggestion");
  await page.getByLabel(/^(Subject|标题)$/).fill("More patrols at night");
  await page.getByLabel(/^(Details|详细情况)$/).fill("Please patrol the market street after ten.");
  await page.getByLabel(/^(Email|电子邮箱)$/).fill("patrols@example.test");
  await page.getByRole("button", { name: /^(Send|提交)$/ }).click();
  const receipt = page.getByRole("region", { name: /^(Your message has been received|您的留言已收到)$/ });
  await expect(receipt.locator("dd").first()).toBeVisible();
  return (await receipt.locator("dd").first().innerText()).trim();
}
