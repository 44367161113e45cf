import { describe, expect, it } from "vitest";
import { z } from "zod";

import { AssignAreasForm } from "@/domain/directory/schemas";
import { FeedbackForm } from "@/domain/requests/feedback-form";
import { checkInput } from "@/domain/validation";
import { formInput, formValues, listFields } from "@/lib/form-data";

describe("a form's fields as the action sees them", () => {
  it("reads list fields as lists even when one box is ticked, through refinements and defaults", () => {
    expect([...listFields(AssignAreasForm)]).toEqual(["areaIds"]);
    expect([...listFields(z.object({ ids: z.array(z.string()).default([]) }).refine(() => true))]).toEqual(["ids"]);
    const form = new FormData();
    form.append("areaIds", "7");
    form.append("responsibleOfficerId", "3");
    expect(formInput(form, listFields(AssignAreasForm))).toEqual({ areaIds: ["7"], responsibleOfficerId: "3" });
    expect(checkInput(AssignAreasForm, formInput(form, listFields(AssignAreasForm)))).toEqual({
      ok: true,
      data: { areaIds: [7], responsibleOfficerId: 3 },
    });
  });

  it("leaves out Next.js's own fields and empty file inputs, and never echoes secrets", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("trackingNumber", "F261128-7KQ2MX");
    form.append("accessCode", "ABCD2345");
    form.append("attachments", new File([], ""));
    expect(formInput(form)).toEqual({ trackingNumber: "F261128-7KQ2MX", accessCode: "ABCD2345" });
    expect(formValues(form, ["accessCode"])).toEqual({ trackingNumber: "F261128-7KQ2MX" });
  });

  it("refuses a NUL or another control character in any field, by name, beside the schema's own errors", () => {
    const checked = checkInput(FeedbackForm, { topic: "problem", subject: "a\u0000b", body: "" });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.fieldErrors.subject).toBe("controlCharacters");
    expect(!checked.ok && checked.fieldErrors.body).toBe("required");
    // Line breaks and tabs are ordinary text.
    expect(checkInput(z.object({ body: z.string() }), { body: "第一行\r\n\t第二行" }).ok).toBe(true);
  });
});
