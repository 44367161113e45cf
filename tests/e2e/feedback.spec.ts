import { errorSummary, expect, expectAccessible, posts, test, withJs } from "./fixtures";

test.describe("interaction bridge and sunshine query", () => {
  test.use({ locale: "en-GB" });

  test("report a problem, keep the receipt, follow it, withdraw it", async ({ page }) => {
    await page.goto("/feedback");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Report a problem" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Report a problem" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("radio", { name: /^Hazard/ }).check();
    await page.getByLabel("Subject").fill("Street light broken");
    await page.getByLabel("Details").fill("The light at the village entrance has been out for a month. Call me on 13912345678.");
    await page.getByLabel("Village or community").fill("前王庄村");
    await page.getByLabel("Your name").fill("Zhang San");
    await page.getByLabel("Email").fill("zhang@example.test");
    await page.getByRole("button", { name: "Preview what could be published" }).click();
    const preview = page.getByRole("region", { name: "What could be published" });
    await expect(preview).toContainText("The light at the village entrance");
    await expect(preview).not.toContainText("13912345678");
    await expect(page.getByLabel("Subject")).toHaveValue("Street light broken");
    await page.getByLabel("Photos or PDFs (optional)").setInputFiles({
      name: "light.png",
      mimeType: "image/png",
      buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]),
    });
    await page.getByRole("button", { name: "Send" }).click();

    const receipt = page.getByRole("region", { name: "Your message has been received" });
    await expect(receipt).toBeVisible();
    await expectAccessible(page);
    const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
    const accessCode = (await receipt.locator("dd").nth(1).innerText()).trim();
    expect(trackingNumber).toMatch(/^F\d{6}-[2-9A-Z]{6}$/);
    expect(accessCode).toMatch(/^[2-9A-Z]{8}$/);
    await expect(receipt.getByRole("img", { name: "QR code that opens the tracking page" })).toBeVisible();
    await expect(receipt.getByText(/The bureau must answer by/)).toBeVisible();

    await page.goto("/track");
    await page.getByLabel("Tracking number").fill(trackingNumber);
    await page.getByLabel("Access code").fill("WRONG234");
    await page.getByRole("button", { name: "Check progress" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("not right");
    await page.getByLabel("Tracking number").fill(trackingNumber);
    await page.getByLabel("Access code").fill(accessCode.toLowerCase());
    await page.getByRole("button", { name: "Check progress" }).click();
    await expect(page).toHaveURL(/\/track\/[A-Za-z0-9_-]{32}$/);
    await expect(page.getByText(trackingNumber)).toBeVisible();
    await expect(page.getByText("Received").first()).toBeVisible();
    await expect(page.getByText("zhang@example.test")).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Withdraw this message" }).click();
    await page.getByRole("button", { name: "Yes, withdraw it" }).click();
    await expect(page.getByText("Withdrawn by you")).toBeVisible();
    await expect(page.getByRole("button", { name: "Withdraw this message" })).toHaveCount(0);
  });

  test("someone in danger is told to call 110, and a fake photo is refused", async ({ page }) => {
    await page.goto("/feedback/new?topic=tip");
    await expect(page.getByRole("link", { name: "Leave this page quickly" })).toBeVisible();
    await page.getByLabel("Subject").fill("Fight");
    await page.getByLabel("Details").fill("People are fighting outside.");
    await page.getByRole("radio", { name: "Yes, someone is in danger now" }).check();
    // With JavaScript the page changes at once; without, the server answers the post.
    if (!withJs()) await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("heading", { name: "Call 110 now" })).toBeVisible();
    await page.getByRole("link", { name: "No one is in danger now: back to the form" }).click();
    await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
    await page
      .getByLabel("Photos or PDFs (optional)")
      .setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not really a photo") });
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Attach photos (JPEG, PNG, WebP) or PDF files only",
    );
    await expect(page.getByLabel("Subject")).toHaveValue("Fight");
  });

  test(
    "with JavaScript, problems show beside each field before anything is sent, and clear as they are fixed",
    { tag: "@js-only" },
    async ({ page }) => {
      await page.goto("/feedback/new?topic=problem");
      const sent = posts(page);
      await page.getByRole("button", { name: "Send" }).click();
      const summary = errorSummary(page);
      await expect(summary).toBeFocused();
      // In the order of the page, each linking to its field.
      await expect(summary.getByRole("link").first()).toHaveText("What kind of problem is it?: Choose what kind of problem it is");
      await expect(summary.getByRole("link", { name: "Subject: Enter this information" })).toHaveAttribute("href", "#subject");
      const subject = page.getByLabel("Subject");
      await expect(subject).toHaveAttribute("aria-invalid", "true");
      await expect(subject).toHaveAccessibleDescription("Enter this information");
      await expectAccessible(page);

      // Each field is checked again as it changes: the error goes as soon as it is fixed, and focus stays in the field.
      await subject.fill("Street light broken");
      await expect(subject).not.toHaveAttribute("aria-invalid");
      await expect(subject).toHaveAccessibleDescription("");
      await expect(summary.getByRole("link", { name: /^Subject:/ })).toHaveCount(0);
      await expect(subject).toBeFocused();
      await page.getByRole("radio", { name: /^Hazard/ }).check();
      await expect(page.getByText("Choose what kind of problem it is")).toHaveCount(0);

      // Someone in danger: the form gives way at once to the call to 110.
      await page.getByRole("radio", { name: "Yes, someone is in danger now" }).check();
      await expect(page.getByRole("link", { name: "Call 110" })).toHaveAttribute("href", "tel:110");
      await expect(summary).toBeHidden();
      await page.getByRole("link", { name: "No one is in danger now: back to the form" }).click();
      expect(sent).toEqual([]);

      await page.getByLabel("Details").fill("The light at the bridge is out.");
      await expect(summary).toHaveCount(0);
      await page.getByRole("button", { name: "Send" }).click();
      await expect(page.getByRole("region", { name: "Your message has been received" })).toBeVisible();
      expect(sent).toHaveLength(1);
    },
  );

  test(
    "without JavaScript, the server lists the problems at the top and beside each field, with what was typed",
    { tag: "@no-js-only" },
    async ({ page }) => {
      await page.goto("/feedback/new?topic=complaint");
      await page.getByLabel("Subject").fill("Rude answer at the desk");
      await page.getByLabel("Email").fill("not-an-address");
      await page.getByRole("button", { name: "Send" }).click();
      const summary = errorSummary(page);
      await expect(summary.getByRole("link", { name: "Details: Enter this information" })).toHaveAttribute("href", "#body");
      await expect(summary.getByRole("link", { name: /^Email: Enter an email address/ })).toHaveAttribute("href", "#contactEmail");
      await expect(summary.getByRole("link", { name: /^Unit concerned: / })).toBeVisible();
      const details = page.getByLabel("Details");
      await expect(details).toHaveAttribute("aria-invalid", "true");
      await expect(details).toHaveAccessibleDescription(/Enter this information$/);
      await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/^Enter an email address/);
      await expect(page.getByLabel("Subject")).toHaveValue("Rude answer at the desk");
      await expect(page.getByLabel("Subject")).not.toHaveAttribute("aria-invalid");
      await expect(page.getByLabel("Email")).toHaveValue("not-an-address");
    },
  );

  test("an unknown tracking link is not found", async ({ page }) => {
    await page.goto(`/track/${"x".repeat(32)}`);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test.describe("the bureau answers and the resident rates", () => {
  test.use({ locale: "en-GB" });

  test("moderator triages, replies and resolves; the resident reads the reply and rates it", async ({ page, browser }) => {
    await page.goto("/feedback/new?topic=suggestion");
    await page.getByLabel("Subject").fill("Longer opening hours");
    await page.getByLabel("Details").fill("My name is Li Ming, phone 13912345678. Please open the station on Saturday mornings.");
    await page.getByLabel("Your name").fill("Li Ming");
    await page.getByLabel("Email").fill("saturday@example.test");
    await page.getByLabel("The bureau may publish this and its reply without my name").check();
    await page.getByRole("button", { name: "Send" }).click();
    const receipt = page.getByRole("region", { name: "Your message has been received" });
    const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();
    const trackPath = await receipt.getByRole("link", { name: "Follow your message" }).getAttribute("href");

    const staff = await browser.newContext({ locale: "en-GB", javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false });
    const desk = await staff.newPage();
    await desk.goto("/sign-in");
    await desk.getByLabel("Email").fill("moderator@demo.test");
    await desk.getByLabel("Password").fill("safe-city-demo");
    await desk.getByRole("button", { name: "Sign in" }).click();
    await expect(desk.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
    await desk.goto(`/staff/requests?status=submitted&q=${trackingNumber}`);
    await expect(desk.getByRole("navigation", { name: "Requests" }).getByRole("link", { name: /^New \([1-9][\d,]*\)$/ })).toBeVisible();
    await desk.getByRole("link", { name: trackingNumber }).click();
    await expect(desk.getByRole("heading", { level: 1, name: "Longer opening hours" })).toBeVisible();
    await expect(desk.getByText("saturday@example.test")).toBeVisible();
    await desk.getByLabel("Unit").selectOption({ label: "Chengguan Police Station" });
    await desk.getByRole("button", { name: "Triage: class, unit and assignee" }).click();
    await expect(desk.getByText("Accepted").first()).toBeVisible();
    await desk.getByLabel("Message", { exact: true }).fill("From next month the station opens on Saturday mornings.");
    await desk.getByRole("button", { name: "Send" }).click();
    await expect(desk.getByRole("listitem").filter({ hasText: "From next month the station opens on Saturday mornings." })).toBeVisible();
    await desk.getByRole("button", { name: "Resolve" }).click();
    await expect(desk.getByText(/ · Answered$/)).toBeVisible();
    await expect(desk.getByLabel("Public question")).not.toHaveValue(/Li Ming|13912345678/);
    await desk.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(desk.getByText("Published.", { exact: true })).toBeVisible();
    await staff.close();

    await page.goto("/feedback/replies?q=Saturday");
    const published = page.getByRole("article").filter({ hasText: "From next month the station opens on Saturday mornings." }).first();
    await expect(published).toBeVisible();
    await expect(published).not.toContainText("Li Ming");
    await expect(published).not.toContainText("13912345678");
    await expectAccessible(page);

    await page.goto(trackPath!);
    await expect(page.getByText("From next month the station opens on Saturday mornings.").first()).toBeVisible();
    await page.getByRole("radio", { name: "Satisfied", exact: true }).check();
    await page.getByRole("button", { name: "Send rating" }).click();
    await expect(page.getByText("You rated the handling")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send rating" })).toHaveCount(0);
  });
});
