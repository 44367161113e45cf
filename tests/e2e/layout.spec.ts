import type { Locator, Page } from "@playwright/test";

import { expect, signIn, test, withJs } from "./fixtures";

test.use({ locale: "en-GB", viewport: { width: 360, height: 740 } });

/** A safety tip sent from a phone; the receipt's region. */
async function sendTip(page: Page) {
  await page.goto("/feedback/new?topic=tip");
  await page.getByLabel("Subject").fill("Cars racing at night");
  await page.getByLabel("Details").fill("Cars race on the ring road after midnight.");
  await page.getByRole("button", { name: "Send" }).click();
  const receipt = page.getByRole("region", { name: "Your message has been received" });
  await expect(receipt).toBeVisible();
  return receipt;
}

/** Whether the element is what the browser finds at each corner of its box: nothing lies over it. */
async function uncovered(element: Locator) {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inside = (x: number, y: number) => {
      const found = document.elementFromPoint(x, y);
      return found !== null && (found === el || el.contains(found));
    };
    return [
      inside(box.left + 2, box.top + 2),
      inside(box.right - 2, box.top + 2),
      inside(box.left + 2, box.bottom - 2),
      inside(box.right - 2, box.bottom - 2),
    ].every(Boolean);
  });
}

const below = async (lower: Locator, upper: Locator) => {
  const [a, b] = [await lower.boundingBox(), await upper.boundingBox()];
  return a !== null && b !== null && a.y >= b.y + b.height - 1;
};

test(
  "on a phone the quick exit leaves the receipt's QR code clear, and the receipt prints alone",
  { tag: "@js-only" },
  async ({ page }) => {
    const receipt = await sendTip(page);
    const qr = receipt.getByRole("img", { name: "QR code that opens the tracking page" });
    await expect(page.getByRole("link", { name: "Leave this page quickly" })).toBeVisible();
    for (const block of ["start", "center", "end"] as const) {
      await qr.evaluate((el, where) => el.scrollIntoView({ block: where }), block);
      expect(await uncovered(qr), `QR code scrolled to the ${block}`).toBe(true);
    }

    await expect(receipt.getByRole("button", { name: "Print" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("link", { name: "Leave this page quickly" })).toBeHidden();
    await expect(receipt.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(receipt.locator("dd").first()).toBeVisible();
    expect((await qr.boundingBox())!.width).toBeGreaterThan(240);
  },
);

test("without JavaScript the receipt says how to print", { tag: "@no-js-only" }, async ({ page }) => {
  const receipt = await sendTip(page);
  await expect(receipt.getByText(/use your browser's Print command \(Ctrl\+P/)).toBeVisible();
  await expect(receipt.getByRole("button", { name: "Print" })).toHaveCount(0);
});

test("on a wide screen the tracking page's button sits under its text box", async ({ page }) => {
  const receipt = await sendTip(page);
  const trackPath = await receipt.getByRole("link", { name: "Follow your message" }).getAttribute("href");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(trackPath!);
  const box = page.getByLabel("Your message");
  await expect(box).toBeVisible();
  expect(await below(page.getByRole("button", { name: "Send", exact: true }), box)).toBe(true);
});

test("the staff request page gives the facts first: on a phone, to a screen reader, and beside the forms on a wide screen", async ({
  page,
  browser,
}) => {
  const receipt = await sendTip(page);
  const trackingNumber = (await receipt.locator("dd").first().innerText()).trim();
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 360, height: 740 }, javaScriptEnabled: withJs() });
  const desk = await context.newPage();
  await signIn(desk, "moderator@demo.test");
  await desk.goto(`/staff/requests/${trackingNumber}`);
  const facts = desk.getByRole("heading", { name: "Facts" });
  await expect(facts).toBeVisible();
  expect(await below(desk.getByRole("heading", { name: "Act", exact: true }), facts)).toBe(true);
  expect(await below(desk.getByRole("heading", { name: "What the resident wrote" }), desk.getByText("Deadline", { exact: true }))).toBe(
    true,
  );
  // Reading order is document order, whatever the layout.
  const headings = await desk.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(headings.indexOf("Facts")).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf("Facts")).toBeLessThan(headings.indexOf("What the resident wrote"));
  await desk.setViewportSize({ width: 1280, height: 800 });
  const factsBox = await facts.boundingBox();
  const bodyBox = await desk.getByRole("heading", { name: "What the resident wrote" }).boundingBox();
  expect(factsBox!.x).toBeGreaterThan(bodyBox!.x + bodyBox!.width);
  expect(Math.abs(factsBox!.y - bodyBox!.y)).toBeLessThan(5);
  await context.close();
});
