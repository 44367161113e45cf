import type { FieldErrors, ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { z } from "zod";

import { formDataResolver } from "@/components/ui/form-data-resolver";
import { OfficerForm, UnitForm } from "@/domain/directory/schemas";
import { FeedbackForm } from "@/domain/requests/feedback-form";
import { TrackForm } from "@/domain/requests/track-form";
import { deadlinesForm, HolidayForm } from "@/domain/settings/schemas";
import { checkInput } from "@/domain/validation";
import { formInput, listFields } from "@/lib/form-data";

// The browser checks a form with react-hook-form and the server's own schema:
// for the same fields it must find the same problems, in the same words.

const options: ResolverOptions<Record<string, unknown>> = { fields: {}, shouldUseNativeValidation: false };
const key = "ZwCpVikIQ7hkEjWecbMg758L";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123", "");
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

async function browserErrors(schema: z.ZodType, data: FormData, check?: () => Record<string, string>) {
  const result = await formDataResolver(schema, () => data, check)({}, undefined, options);
  const errors = result.errors as FieldErrors;
  return Object.fromEntries(Object.entries(errors).map(([name, error]) => [name, error?.message]));
}

const serverErrors = (schema: z.ZodType, data: FormData) => {
  const checked = checkInput(schema, formInput(data, listFields(schema)));
  return checked.ok ? {} : checked.fieldErrors;
};

const cases: [string, z.ZodType, Record<string, string | string[]>][] = [
  ["an empty problem report", FeedbackForm, { topic: "problem", idempotencyKey: key, subject: "", body: "" }],
  ["someone in danger", FeedbackForm, { topic: "tip", danger: "yes", idempotencyKey: key, subject: "Fight", body: "Now" }],
  [
    "a complaint about no one that cannot be answered",
    FeedbackForm,
    {
      topic: "complaint",
      danger: "no",
      idempotencyKey: key,
      subject: "Rude",
      body: "x",
      contactEmail: "not-an-address",
      officerConcerned: "12",
    },
  ],
  [
    "a report with a wrong phone and a ticked box",
    FeedbackForm,
    { topic: "problem", category: "hazard", idempotencyKey: key, subject: "a", body: "b", contactPhone: "12345", consentToPublish: "on" },
  ],
  ["a form whose key has expired", FeedbackForm, { topic: "tip", idempotencyKey: "", subject: "a", body: "b" }],
  [
    "a sound report",
    FeedbackForm,
    { topic: "problem", category: "case", danger: "no", idempotencyKey: key, subject: "a", body: "b", contactPhone: "139 1234 5678" },
  ],
  [
    "an officer with a bad badge, phone and rank",
    OfficerForm,
    {
      badgeNumber: "1",
      nameZh: "",
      namePinyin: "Wang1",
      titleZh: "a",
      titleEn: "b",
      unitId: "",
      phone: "12345",
      officePhone: "",
      leadershipRank: "0",
      sort: "0",
    },
  ],
  [
    "a sound officer, unpublished",
    OfficerForm,
    {
      badgeNumber: "040002",
      nameZh: "王",
      namePinyin: "Wang",
      titleZh: "a",
      titleEn: "b",
      unitId: "3",
      phone: "",
      officePhone: "0370-00001234",
      leadershipRank: "",
      sort: "0",
    },
  ],
  [
    "a unit with a bad slug and duty phone",
    UnitForm,
    { slug: "Bad Slug", nameZh: "所", nameEn: "", kind: "station", parentId: "", dutyPhone: "110x" },
  ],
  ["a make-up working day on a Wednesday", HolidayForm, { date: "2027-03-10", kind: "workday", nameZh: "测试", nameEn: "Test" }],
  ["a day that is no date, of no kind", HolidayForm, { date: "2027-02-30", nameZh: "", nameEn: "" }],
  ["a tracking look-up with nothing typed", TrackForm, { trackingNumber: " ", accessCode: "" }],
  ["deadlines of 0 and 61 days", deadlinesForm(["incident", "tip"]), { incident: "0", tip: "61" }],
];

describe("the browser's check and the server's", () => {
  it.each(cases)("find the same problems in %s", async (_, schema, fields) => {
    const data = form(fields);
    expect(await browserErrors(schema, data)).toEqual(serverErrors(schema, data));
  });

  it("cases above include both sound forms and each kind of rule", async () => {
    const verdicts = await Promise.all(
      cases.map(async ([, schema, fields]) => Object.keys(await browserErrors(schema, form(fields))).length),
    );
    expect(verdicts.filter((count) => count === 0)).toHaveLength(2);
  });

  it("adds what only the browser can check to the schema's problems", async () => {
    const data = form({ topic: "tip", idempotencyKey: key, subject: "", body: "b" });
    expect(await browserErrors(FeedbackForm, data, () => ({ attachments: "fileTooLarge" }))).toEqual({
      subject: "required",
      attachments: "fileTooLarge",
    });
    const sound = form({ topic: "tip", idempotencyKey: key, subject: "a", body: "b" });
    expect(await browserErrors(FeedbackForm, sound, () => ({}))).toEqual({});
  });
});
