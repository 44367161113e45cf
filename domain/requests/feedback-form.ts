import { z } from "zod";

import { anonymousTopics, feedbackTopics, sixSmalls, tokenPattern } from "@/lib/core/values";

import { compactPhone, isLandline, isMobile } from "../directory/schemas";

// Messages are keys under "errors" in messages/*.json.

const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");

export const FeedbackForm = z
  .object({
    topic: z.enum(feedbackTopics, { error: "chooseTopic" }),
    category: z
      .enum(sixSmalls)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    danger: z.enum(["yes", "no"]).optional(),
    subject: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
    body: z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong4000" }),
    areaName: optionalText(40),
    unitConcerned: optionalText(80),
    officerConcerned: z
      .string()
      .trim()
      .regex(/^(\d{6})?$/, { error: "badge" })
      .default(""),
    contactName: optionalText(60),
    contactPhone: z
      .string()
      .trim()
      .transform(compactPhone)
      .refine((v) => v === "" || isMobile(v) || isLandline(v), { error: "phone" })
      .default(""),
    contactEmail: z.union([z.literal(""), z.email({ error: "email" })]).default(""),
    consentToPublish: z
      .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
      .optional()
      .transform((v) => v === "on" || v === "true" || v === true),
    idempotencyKey: z.string().regex(tokenPattern, { error: "expired" }),
  })
  .superRefine((form, ctx) => {
    // Someone in danger right now: the form stops and sends them to 110.
    if (form.danger === "yes") ctx.addIssue({ code: "custom", path: ["danger"], message: "callPolice" });
    if (form.topic === "problem" && !form.category) ctx.addIssue({ code: "custom", path: ["category"], message: "chooseCategory" });
    const reachable = form.contactPhone !== "" || form.contactEmail !== "";
    if (!(anonymousTopics as readonly string[]).includes(form.topic) && !reachable) {
      ctx.addIssue({ code: "custom", path: ["contactPhone"], message: "contactNeeded" });
    }
    if ((form.topic === "complaint" || form.topic === "praise") && !form.unitConcerned && !form.officerConcerned) {
      ctx.addIssue({ code: "custom", path: ["unitConcerned"], message: "whoConcerned" });
    }
  });
export type FeedbackForm = z.infer<typeof FeedbackForm>;
export type FeedbackFormInput = z.input<typeof FeedbackForm>;
