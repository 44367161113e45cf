import type { Page } from "@playwright/test";
import postgres from "postgres";

import { errorSummary, expect, posts, signIn, test, withJs } from "./fixtures";

// What the form allows is accepted (3 files of 5 MB), and anything larger comes
// back as the form, with what was typed and a clear error: checked in the
// browser before sending when JavaScript runs, by the server when it does not.

const MB = 1024 * 1024;
const png = (bytes: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(bytes - 8)]);
const pdf = (bytes: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(bytes - 9)]);

async function startTip(page: Page, subject: string) {
  await page.goto("/feedback/new?topic=tip");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Details").fill("Someone keeps parking across the fire lane.");
}

test.describe("attachments", () => {
  test.use({ locale: "en-GB" });

  test("three files of 5 MB are accepted; staff download them under names of our own, and the page holds no secret", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await startTip(page, "Fire lane blocked");
    await page.getByLabel("Photos or PDFs (optional)").setInputFiles([
      { name: "one.png", mimeType: "image/png", buffer: png(5 * MB) },
      { name: "two.pdf", mimeType: "application/pdf", buffer: pdf(5 * MB) },
      { name: "three.png", mimeType: "image/png", buffer: png(5 * MB) },
    ]);
    await page.getByRole("button", { name: "Send" }).click();
    const receipt = page.getByRole("region", { name: "Your message has been received" });
    await expect(receipt).toBeVisible({ timeout: 60_000 });
    const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
    const trackPath = (await receipt.getByRole("link", { name: "Follow your message" }).getAttribute("href"))!;
    const trackToken = trackPath.split("/").pop()!;

    const staff = await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() });
    const desk = await staff.newPage();
    await signIn(desk, "moderator@demo.test");
    await desk.goto(`/staff/requests/${trackingNumber}`);
    for (const name of ["one.png", "two.pdf", "three.png"]) await expect(desk.getByRole("link", { name })).toBeVisible();
    const href = (await desk.getByRole("link", { name: "two.pdf" }).getAttribute("href"))!;
    const download = await desk.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="attachment-\d+\.pdf"$/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await download.body()).length).toBe(5 * MB);

    // Neither the access code's hash nor the tracking link reaches the staff page, in its HTML or its RSC payload.
    const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
    const [row] = await sql<{ access_code_hash: string; track_token: string }[]>`
      select access_code_hash, track_token from requests where tracking_number = ${trackingNumber}`;
    await sql.end();
    expect(row!.track_token).toBe(trackToken);
    const html = await (await desk.request.get(`/staff/requests/${trackingNumber}`)).text();
    const rsc = await (await desk.request.get(`/staff/requests/${trackingNumber}`, { headers: { RSC: "1" } })).text();
    expect(html).toContain(trackingNumber);
    expect(rsc).toContain(trackingNumber);
    for (const payload of [html, rsc]) {
      expect(payload).not.toContain(row!.access_code_hash);
      expect(payload).not.toContain(trackToken);
    }
    await staff.close();
  });

  test("a file over 5 MB is refused with the form and what was typed", async ({ page }) => {
    await startTip(page, "Broken gate");
    const sent = posts(page);
    await page.getByLabel("Photos or PDFs (optional)").setInputFiles({ name: "big.png", mimeType: "image/png", buffer: png(6 * MB) });
    await page.getByRole("button", { name: "Send" }).click();
    await expect(errorSummary(page)).toContainText("The file is larger than 5 MB");
    await expect(page.getByLabel("Subject")).toHaveValue("Broken gate");
    await expect(page.getByLabel("Details")).toHaveValue("Someone keeps parking across the fire lane.");
    // With JavaScript the browser caught it: nothing was sent.
    if (withJs()) expect(sent).toEqual([]);
  });

  test("a post larger than the body limit comes back as the form, with what was typed", async ({ page }) => {
    test.setTimeout(120_000);
    await startTip(page, "Too much to send");
    const sent = posts(page);
    await page.getByLabel("Photos or PDFs (optional)").setInputFiles([
      { name: "a.png", mimeType: "image/png", buffer: png(7 * MB) },
      { name: "b.png", mimeType: "image/png", buffer: png(7 * MB) },
      { name: "c.png", mimeType: "image/png", buffer: png(7 * MB) },
    ]);
    await page.getByRole("button", { name: "Send" }).click();
    if (withJs()) {
      await expect(errorSummary(page)).toContainText("The file is larger than 5 MB");
      expect(sent).toEqual([]);
    } else {
      await expect(errorSummary(page)).toContainText("The files together are too large", { timeout: 60_000 });
      await expect(page.getByRole("heading", { level: 1, name: "Share a safety tip" })).toBeVisible();
    }
    await expect(page.getByLabel("Subject")).toHaveValue("Too much to send");
    await expect(page.getByLabel("Details")).toHaveValue("Someone keeps parking across the fire lane.");
  });

  test("four files are refused before sending, with JavaScript", { tag: "@js-only" }, async ({ page }) => {
    await startTip(page, "Four photos");
    const sent = posts(page);
    await page
      .getByLabel("Photos or PDFs (optional)")
      .setInputFiles(["a", "b", "c", "d"].map((n) => ({ name: `${n}.png`, mimeType: "image/png", buffer: png(1024) })));
    await page.getByRole("button", { name: "Send" }).click();
    await expect(errorSummary(page)).toContainText("Attach at most 3 files");
    expect(sent).toEqual([]);
  });
});
