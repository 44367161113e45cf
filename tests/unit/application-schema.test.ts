import { describe, expect, it } from "vitest";

import { applicationSchema } from "@/domain/services/application-schema";
import { FieldDefinition, parseFieldDefinition } from "@/domain/services/field-definition";
import { zodFieldErrors } from "@/domain/validation";

const fields = FieldDefinition.parse([
  { type: "text", name: "fullName", labelZh: "姓名", labelEn: "Full name", maxLength: 10 },
  { type: "longText", name: "reason", labelZh: "事由", labelEn: "Reason", maxLength: 20, required: false },
  { type: "date", name: "birthDate", labelZh: "出生日期", labelEn: "Date of birth", when: "past" },
  { type: "date", name: "travelDate", labelZh: "出行日期", labelEn: "Travel date", when: "future", required: false },
  {
    type: "choice",
    name: "purpose",
    labelZh: "用途",
    labelEn: "Purpose",
    options: [
      { value: "work", labelZh: "就业", labelEn: "Work" },
      { value: "study", labelZh: "就学", labelEn: "Study" },
    ],
  },
  { type: "idCard", name: "idNumber", labelZh: "身份证号码", labelEn: "ID card number" },
  { type: "phone", name: "employerPhone", labelZh: "单位电话", labelEn: "Employer's phone", required: false },
  { type: "area", name: "village", labelZh: "村（社区）", labelEn: "Village or community" },
  { type: "file", name: "photo", labelZh: "照片", labelEn: "Photo" },
]);

const schema = applicationSchema(fields, { today: "2026-12-01" });
const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], "photo.jpg");

const good = {
  contactName: "张三",
  contactPhone: "139 1234 5678",
  idempotencyKey: "k".repeat(24),
  fullName: "张三",
  birthDate: "1990-05-17",
  purpose: "work",
  idNumber: "11010519491231002x",
  village: "王庄村",
  photo,
};

const errorsOf = (input: Record<string, unknown>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : zodFieldErrors(parsed.error);
};

describe("the application schema built from a field definition", () => {
  it("accepts a good application, normalising what was typed", () => {
    const parsed = schema.parse(good);
    expect(parsed).toMatchObject({
      contactPhone: "13912345678",
      idNumber: "11010519491231002X",
      reason: "",
      travelDate: "",
      employerPhone: "",
    });
    expect(parsed.photo).toEqual([photo]);
  });

  it.each([
    ["fullName", "", "required"],
    ["fullName", "一二三四五六七八九十十", "tooLong"],
    ["reason", "x".repeat(21), "tooLong"],
    ["birthDate", "1990-02-30", "calendarDate"],
    ["birthDate", "2027-01-01", "datePast"],
    ["travelDate", "2026-11-30", "dateFuture"],
    ["purpose", "holiday", "chooseOne"],
    ["purpose", "", "required"],
    ["idNumber", "110105194912310021", "idCard"],
    ["idNumber", "11010519491231002", "idCard"],
    ["employerPhone", "12345", "phone"],
    ["village", "", "required"],
    ["village", "村".repeat(41), "tooLong"],
    ["photo", undefined, "fileRequired"],
    ["contactPhone", "", "required"],
    ["contactEmail", "not-an-email", "email"],
    ["idempotencyKey", "short", "expired"],
  ])("refuses %s = %j with %s", (name, value, message) => {
    expect(errorsOf({ ...good, [name]: value })[name]).toBe(message);
  });

  it("accepts optional fields left out, and good values in them", () => {
    expect(errorsOf({ ...good, reason: "工作需要", travelDate: "2026-12-01", employerPhone: "0370-1234567" })).toEqual({});
  });
});

describe("a field definition as JSON", () => {
  it("is refused with the reason and where", () => {
    expect(parseFieldDefinition("{")).toMatchObject({ ok: false });
    const twice = parseFieldDefinition(
      JSON.stringify([
        { type: "text", name: "a", labelZh: "甲", labelEn: "A" },
        { type: "phone", name: "a", labelZh: "乙", labelEn: "B" },
      ]),
    );
    expect(twice).toEqual({ ok: false, reasons: ['1.name: the name "a" is used twice'] });
    const oneOption = parseFieldDefinition(
      JSON.stringify([{ type: "choice", name: "c", labelZh: "丙", labelEn: "C", options: [{ value: "x", labelZh: "x", labelEn: "x" }] }]),
    );
    expect(oneOption.ok ? [] : oneOption.reasons).toEqual(["0.options: a choice needs at least two options"]);
    const unknownType = parseFieldDefinition(JSON.stringify([{ type: "colour", name: "c", labelZh: "丙", labelEn: "C" }]));
    expect(unknownType.ok).toBe(false);
    const reserved = parseFieldDefinition(JSON.stringify([{ type: "text", name: "contactName", labelZh: "丙", labelEn: "C" }]));
    expect(reserved.ok ? [] : reserved.reasons).toEqual(['0.name: the name "contactName" is the form\'s own']);
  });

  it("is accepted with defaults filled in", () => {
    expect(parseFieldDefinition('[{"type":"text","name":"a","labelZh":"甲","labelEn":"A"}]')).toEqual({
      ok: true,
      fields: [{ type: "text", name: "a", labelZh: "甲", labelEn: "A", required: true, maxLength: 100 }],
    });
  });
});
