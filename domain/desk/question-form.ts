import { z } from "zod";

import { tokenPattern } from "@/lib/core/values";

import { compactPhone, isLandline, isMobile } from "../directory/schemas";

// Messages are keys under "errors" in messages/*.json. No db import: the client form uses this schema too.

/** What a desk question is about: how the published questions are filtered. */
export const deskTopics = ["residence", "documents", "traffic", "safety", "neighbourhood", "other"] as const;
export type DeskTopic = (typeof deskTopics)[number];

const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");

/** A question to the community officer of a village or community, as the /desk form sends it. */
export const QuestionForm = z.object({
  // The place the resident picked on the page before: the server finds it again by name.
  place: z.string().trim().min(1, { error: "required" }).max(40, { error: "tooLong" }),
  topic: z.enum(deskTopics, { error: "chooseTopic" }),
  subject: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  body: z.string().trim().min(1, { error: "required" }).max(4000, { error: "tooLong4000" }),
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
});
export type QuestionForm = z.infer<typeof QuestionForm>;
export type QuestionFormInput = z.input<typeof QuestionForm>;

/** An away period an officer gives for themselves: local dates, both included. */
export const AwayForm = z
  .object({
    fromDate: z.iso.date({ error: "date" }),
    toDate: z.iso.date({ error: "date" }),
  })
  .refine((v) => v.fromDate <= v.toDate, { path: ["toDate"], error: "dateOrder" });
export type AwayForm = z.infer<typeof AwayForm>;
