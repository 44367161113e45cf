import { errorSummary, expect, expectAccessible, signIn, test, withJs } from "./fixtures";

// A moderator writes a procedure with a live preview, links it to its service
// guide and attaches a PDF; a resident then reads it, downloads the file and
// finds the way back from the guide. With and without JavaScript.

test.use({ locale: "en-GB" });

const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1");
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

test("a procedure with a PDF and its service guide, from the staff form to the public page and back", async ({ page, browser }) => {
  const title = `Applying for a passport (${test.info().project.name})`;
  await signIn(page, "moderator@demo.test");
  await page.goto("/staff/articles");
  await page.getByLabel("Section", { exact: true }).selectOption({ label: "Procedures" });
  await page.getByLabel("Service guide this article describes (optional)", { exact: true }).selectOption({ label: "Passport" });
  await page.getByLabel("Title in English", { exact: true }).fill(title);
  await page
    .getByLabel("Text in English (Markdown)", { exact: true })
    .fill("1. Bring your **identity card**\n2. Apply at the exit-entry desk");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const files = page.getByRole("region", { name: "Attached files (PDF)" });
  // A photo named .pdf is refused by its bytes.
  await files.getByLabel("PDF file", { exact: true }).setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: png });
  await files.getByRole("button", { name: "Attach" }).click();
  await expect(errorSummary(page)).toContainText("Attach PDF files only");
  await page.getByRole("region", { name: "Attached files (PDF)" }).getByLabel("PDF file", { exact: true }).setInputFiles({
    name: "required-documents.pdf",
    mimeType: "application/pdf",
    buffer: pdf,
  });
  await page.getByRole("region", { name: "Attached files (PDF)" }).getByRole("button", { name: "Attach" }).click();
  await expect(page.getByText("File attached.")).toBeVisible();
  await expect(page.getByRole("link", { name: "required-documents.pdf" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Status changed.")).toBeVisible();
  const articleUrl = (await page.getByRole("link", { name: "View on the public site" }).getAttribute("href"))!;

  // A resident, signed out.
  const residentContext = await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() });
  const resident = await residentContext.newPage();
  await resident.goto(new URL(articleUrl, page.url()).href);
  await expect(resident.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const attachments = resident.getByRole("region", { name: "Attachments" });
  const fileHref = new URL((await attachments.getByRole("link", { name: "required-documents.pdf" }).getAttribute("href"))!, resident.url())
    .href;
  const download = await resident.request.get(fileHref);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="article-\d+-\d+\.pdf"$/);
  expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  await expectAccessible(resident);

  await resident.getByRole("link", { name: "Service guide: Passport" }).click();
  await expect(resident.getByRole("heading", { level: 1, name: "Passport" })).toBeVisible();
  const related = resident.getByRole("region", { name: "Procedures and notices about this service" });
  await related.getByRole("link", { name: title }).click();
  await expect(resident.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Taken off, the file is gone from the public page and its address.
  await page.getByRole("button", { name: "Remove required-documents.pdf" }).click();
  await expect(page.getByText("File removed.")).toBeVisible();
  await resident.reload();
  await expect(resident.getByRole("region", { name: "Attachments" })).toHaveCount(0);
  expect((await resident.request.get(fileHref)).status()).toBe(404);
  await residentContext.close();
});

test("the preview follows the text as it is typed with JavaScript, and shows the saved text without", async ({ page }) => {
  await signIn(page, "moderator@demo.test");
  await page.goto("/staff/articles");
  const body = page.getByLabel("Text in English (Markdown)", { exact: true });
  if (withJs()) {
    // Rendered as the public page renders it, before anything is saved.
    const preview = page.getByRole("region", { name: "Preview as you type" });
    await expect(preview).toBeVisible();
    await page.getByLabel("Title in English", { exact: true }).fill("Preview check");
    await body.fill("## Opening hours\n\nMonday to Friday");
    await expect(preview.getByRole("heading", { level: 2, name: "Opening hours" })).toBeVisible();
    await body.fill("## Closed on holidays\n\n[map](https://example.org)");
    await expect(preview.getByRole("heading", { level: 2, name: "Closed on holidays" })).toBeVisible();
    await expect(preview.getByRole("link", { name: /map/ })).toContainText("another website");
    await expectAccessible(page);
    return;
  }
  // Without the script the new form has no preview; the saved article shows its saved text.
  await expect(page.getByRole("region", { name: /Preview/ })).toHaveCount(0);
  await page.getByLabel("Title in English", { exact: true }).fill("Preview check");
  await body.fill("## Opening hours\n\nMonday to Friday");
  await page.getByRole("button", { name: "Create draft" }).click();
  const preview = page.getByRole("region", { name: "Preview of the saved text" });
  await expect(preview.getByRole("heading", { level: 2, name: "Opening hours" })).toBeVisible();
});
