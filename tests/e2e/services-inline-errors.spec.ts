import { errorSummary, expect, posts, test, withJs } from "./fixtures";

// The application form checks as the resident types once they have tried to
// send it (react-hook-form, with the server's own schema); without JavaScript
// the server's answer carries the same errors, in the same places.

const idError = "Enter an ID card number of 18 characters, as on the card (the last may be X)";

test.describe("the application form's errors", () => {
  test.use({ locale: "en-GB" });

  test("inline while typing with JavaScript, the same after a post without it", async ({ page }) => {
    await page.goto("/services/id-card-lost-report/apply");
    const idNumber = page.getByLabel("ID card number");
    const idNumberError = page.locator("#idNumber-error");
    await idNumber.fill("1101051949123100");
    await page.getByRole("button", { name: "Send application" }).click();
    await expect(errorSummary(page)).toContainText(`ID card number: ${idError}`);
    await expect(idNumberError).toHaveText(idError);
    await expect(page.locator("#contactName-error")).toHaveText("Enter this information");
    await expect(idNumber).toHaveAttribute("aria-invalid", "true");

    if (withJs()) {
      const sent = posts(page);
      // A valid number clears the error as it is typed, a wrong check character brings it back: nothing is sent.
      // The error summary took focus: typing goes on at the end of what is there.
      await idNumber.press("End");
      await idNumber.pressSequentially("2X");
      await expect(idNumberError).toHaveCount(0);
      await expect(idNumber).not.toHaveAttribute("aria-invalid", "true");
      await idNumber.press("Backspace");
      await idNumber.pressSequentially("1");
      await expect(idNumberError).toHaveText(idError);
      await page.getByLabel("Your name").pressSequentially("Li");
      await expect(page.locator("#contactName-error")).toHaveCount(0);
      expect(sent).toEqual([]);
    } else {
      // The server's answer keeps what was typed, and names the same fields with the same words.
      await expect(idNumber).toHaveValue("1101051949123100");
      await idNumber.fill("110105194912310021");
      await page.getByRole("button", { name: "Send application" }).click();
      await expect(idNumberError).toHaveText(idError);
      await expect(errorSummary(page).getByRole("link", { name: `ID card number: ${idError}` })).toHaveAttribute("href", "#idNumber");
    }
  });
});
