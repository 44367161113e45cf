import postgres from "postgres";

import { errorSummary, expect, expectAccessible, signIn, test, waitForMail, withJs } from "./fixtures";

// A moderator reassigns a desk question; a visitor who is not signed in backs
// a published question by a code sent to their e-mail, once.

const sql = () => postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });

/** A published, answered question of 王庄村's station, made straight in the tables. */
async function publishedQuestion(tag: string): Promise<string> {
  const db = sql();
  const trackingNumber = `QE2E-${tag}`.toUpperCase().replace(/[^0-9A-Z-]/g, "");
  const [row] = await db<{ id: number }[]>`
    insert into requests (kind, tracking_number, access_code_hash, track_token, status, unit_id, subject, body,
                          consent_to_publish, deadline_at, first_response_due_at, resolved_at, idempotency_key)
    values ('question', ${trackingNumber}, 'not-a-hash', ${`e2e-desk-${tag}-token-00000000`}, 'resolved',
            (select unit_id from areas where name_zh = '王庄村' limit 1),
            'Street light out', 'The light at the village gate is out.', true, now(), now(), now(), ${`e2e-desk-${tag}-key-000000`})
    returning id`;
  await db`insert into publications (request_id, public_title, public_question, public_reply)
           values (${row!.id}, 'Street light out', 'The light at the village gate is out.', 'The village office will replace it this week.')`;
  await db.end();
  return trackingNumber;
}

test.describe("desk: reassigning and backing by code", () => {
  test.use({ locale: "en-GB" });

  test("a moderator hands a question to the station's queue with a reason; the deadline stays", async ({ page, browser }) => {
    const subject = `Moving house ${test.info().project.name} ${Date.now()}`;
    await page.goto(`/desk?place=${encodeURIComponent("王庄村")}`);
    const form = page.getByRole("region", { name: "Your question" });
    await form.getByLabel("What is it about?").selectOption({ label: "Household registration and residence" });
    await form.getByLabel("Subject").fill(subject);
    await form.getByLabel("Your question").fill("What do I bring to move my registration here?");
    await form.getByRole("button", { name: "Send question" }).click();
    const receipt = page.getByRole("region", { name: "Your message has been received" });
    const trackingNumber = (await receipt.locator("dd").nth(0).innerText()).trim();

    const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: withJs() });
    const desk = await context.newPage();
    await signIn(desk, "moderator@demo.test");
    await desk.goto(`/staff/requests/${trackingNumber}`);
    const deadline = await desk
      .locator("dt", { hasText: /^Deadline$/ })
      .locator("xpath=following-sibling::dd[1]")
      .innerText();
    const section = desk.getByRole("region", { name: "Reassign the question" });
    await section.getByRole("button", { name: "Reassign" }).click();
    await expect(errorSummary(desk)).toContainText("Reason (staff only): Enter this information");
    await expectAccessible(desk);

    await desk.goto(`/staff/requests/${trackingNumber}`);
    await section.getByLabel("New officer").selectOption({ label: "No one: the station's queue" });
    await section.getByLabel("Reason (staff only)").fill("The village officer is on leave this week.");
    await section.getByRole("button", { name: "Reassign" }).click();
    const timeline = desk.getByRole("region", { name: "What has happened" });
    await expect(timeline.getByText("The village officer is on leave this week.")).toBeVisible();
    await expect(timeline.getByText(/^Reassigned/)).toBeVisible();
    await desk.goto(`/staff/requests/${trackingNumber}`);
    await expect(desk.locator("dt", { hasText: /^Deadline$/ }).locator("xpath=following-sibling::dd[1]")).toHaveText(deadline);
    await context.close();
  });

  test("a visitor not signed in confirms by a code sent to their e-mail, and is counted once", async ({ page }) => {
    const tag = `${test.info().project.name}-${Date.now().toString(36)}`;
    const trackingNumber = await publishedQuestion(tag);
    const email = `backer-${tag}@example.test`.toLowerCase();
    await page.goto(`/desk/q/${trackingNumber}`);
    await page.getByText("Not signed in? Confirm with your phone or e-mail instead").click();
    await page.getByLabel("Mobile number or e-mail address").fill("12345");
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(errorSummary(page)).toContainText("Enter a mobile number of 11 digits");
    const since = Date.now();
    await page.getByLabel("Mobile number or e-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(page.getByText("We have sent a code. It works for 15 minutes.")).toBeVisible();
    await expectAccessible(page);
    const code = /Your code: (\d{6})/.exec(await waitForMail(email, since))![1]!;
    const wrong = code === "000000" ? "111111" : "000000";
    await page.getByLabel("Code from the message").fill(wrong);
    await page.getByRole("button", { name: "Confirm: this affects me too" }).click();
    await expect(errorSummary(page)).toContainText("The code is not right.");
    await page.getByLabel("Code from the message").fill(code);
    await page.getByRole("button", { name: "Confirm: this affects me too" }).click();
    await expect(page.getByText("Thank you: you are counted. 1 person says this affects them.")).toBeVisible();

    // The same address again: refused before any code is sent.
    await page.goto(`/desk/q/${trackingNumber}`);
    await page.getByText("Not signed in? Confirm with your phone or e-mail instead").click();
    await page.getByLabel("Mobile number or e-mail address").fill(email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await expect(errorSummary(page)).toContainText("You have already said this affects you.");
  });
});
