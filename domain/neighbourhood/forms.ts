import { z } from "zod";

// Messages are keys under "errors" in messages/*.json. No server-only import: forms share these.

const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");
const calendarDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "calendarDate" });
const clock = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "dateTime" });
const optionalId = z
  .union([z.literal(""), z.coerce.number().int().positive()])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

/** Each text in Chinese (`issue`), English (`issueEn`) or both: a required one needs at least one of the two. */
function eitherLanguage(names: string[]) {
  return (form: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const name of names)
      if (!form[name] && !form[`${name}En`]) ctx.addIssue({ code: "custom", path: [name], message: "eitherLanguage" });
  };
}

/** A priority's texts, shared by the station's own form and "make this a priority" from a resident's report. */
export const priorityTexts = {
  issue: optionalText(300),
  issueEn: optionalText(300),
  action: optionalText(1000),
  actionEn: optionalText(1000),
  dueOn: calendarDate,
  outcome: optionalText(1000),
  outcomeEn: optionalText(1000),
};
export const priorityRequired = eitherLanguage(["issue", "action"]);

export const PriorityForm = z
  .object({ id: optionalId, unitId: z.coerce.number().int().positive(), ...priorityTexts })
  .superRefine(priorityRequired);
export type PriorityForm = z.infer<typeof PriorityForm>;

export const VisitForm = z
  .object({
    id: optionalId,
    unitId: z.coerce.number().int().positive(),
    areaId: optionalId,
    place: optionalText(120),
    placeEn: optionalText(120),
    purpose: optionalText(500),
    purposeEn: optionalText(500),
    day: calendarDate,
    startTime: clock,
    endTime: clock,
    officerIds: z.array(z.coerce.number().int().positive()).max(10).default([]),
    summary: optionalText(2000),
    summaryEn: optionalText(2000),
    householdsVisited: z
      .union([z.literal(""), z.coerce.number().int().min(0).max(100000)])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
  })
  .superRefine((form, ctx) => {
    eitherLanguage(["place", "purpose"])(form, ctx);
    if (form.endTime <= form.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "endsAfterStart" });
  });
export type VisitForm = z.infer<typeof VisitForm>;

/** A day and a time of day in Beijing time (UTC+8, no daylight saving) as an instant. */
export function beijingTime(day: string, time: string): Date {
  return new Date(`${day}T${time}:00+08:00`);
}
