import { readFile } from "node:fs/promises";

import { errorSummary, expect, expectAccessible, signIn, test } from "./fixtures";

test.use({ locale: "en-GB" });

const header = "badge_number,name,name_pinyin,title,title_en,unit_slug,phone,office_phone,leadership_rank,published,sort";
const officerRow = (badge: string, phone: string) => `${badge},测试警员,Ce Shi,民警,Police officer,bureau,${phone},0370-00001234,,true,999`;
const csvFile = (...rows: string[]) => ({
  name: "officers.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${[header, ...rows].join("\r\n")}\r\n`),
});

test.describe("directory CSV import and export", () => {
  test("a moderator exports officers, sees each bad row, then imports a good file", async ({ page }, testInfo) => {
    // Both browser projects share one database: each imports its own officer.
    const badge = testInfo.project.name === "no-js" ? "880002" : "880001";
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff/directory/import");
    await expect(page.getByRole("heading", { name: "Import officers and areas" })).toBeVisible();
    await expectAccessible(page);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export officers (CSV)" }).click();
    const exported = await download;
    expect(exported.suggestedFilename()).toMatch(/^officers-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await exported.path())!, "utf8");
    expect(text.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
    expect(text.split("\r\n").length).toBeGreaterThan(600);

    await page.getByLabel("Officers", { exact: true }).check();
    await page.getByLabel("CSV file").setInputFiles(csvFile(officerRow(badge, "19900012345"), officerRow("880009", "12345")));
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(errorSummary(page)).toContainText("The file has 1 problem");
    const problems = page.getByRole("table", { name: "Problems in the file" });
    await expect(problems.getByRole("row", { name: "3 phone Enter a mobile number of 11 digits" })).toBeVisible();
    await expect(problems.getByRole("row")).toHaveCount(2);
    await expectAccessible(page);

    await page.getByLabel("Officers", { exact: true }).check();
    await page.getByLabel("CSV file").setInputFiles(csvFile(officerRow(badge, "19900012345")));
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(page.getByRole("heading", { name: "The file is ready to import" })).toBeVisible();
    await expect(page.getByText(/^1 row: \d new, \d updated, \d unchanged\.$/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Import 1 row" }).click();
    await expect(page.getByRole("heading", { name: "Import complete" })).toBeVisible();
    await expectAccessible(page);

    const after = await page.request.get("/staff/directory/export/officers");
    expect(await after.text()).toContain(`\r\n${officerRow(badge, "19900012345")}\r\n`);
  });

  test("a file that is not UTF-8 is refused beside the file field", async ({ page }) => {
    await signIn(page, "moderator@demo.test");
    await page.goto("/staff/directory/import");
    await page.getByLabel("Areas", { exact: true }).check();
    // "测试" in GBK, as older spreadsheet programs save it.
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "areas.csv", mimeType: "text/csv", buffer: Buffer.from([0x61, 0x2c, 0xb2, 0xe2, 0xca, 0xd4, 0x0a]) });
    await page.getByRole("button", { name: "Check file" }).click();
    await expect(errorSummary(page).getByRole("link", { name: /not saved as UTF-8/ })).toBeVisible();
    await expect(page.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");
  });

  test("an officer may export but not import", async ({ page }) => {
    await signIn(page, "officer@demo.test");
    await page.goto("/staff/directory/import");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByLabel("CSV file")).toHaveCount(0);
    const response = await page.request.get("/staff/directory/export/areas");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="areas-\d{4}-\d{2}-\d{2}\.csv"$/);
  });

  test("a resident is refused the exports, and the signed-out are sent to sign in", async ({ page }) => {
    const signedOut = await page.request.get("/staff/directory/export/officers", { maxRedirects: 0 });
    expect(signedOut.status()).toBe(307);
    expect(signedOut.headers()["location"]).toContain("/sign-in?next=%2Fstaff%2Fdirectory%2Fexport%2Fofficers");
    await signIn(page, "resident@demo.test");
    expect((await page.request.get("/staff/directory/export/officers")).status()).toBe(403);
    expect((await page.request.get("/staff/directory/export/units")).status()).toBe(404);
  });
});
