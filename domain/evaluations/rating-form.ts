import { z } from "zod";

import { normaliseCode } from "../requests/track-form";

// Messages are keys under "errors" in messages/*.json. No server-only import:
// the browser's form checks with this schema too.

const score = z.coerce
  .number({ error: "chooseScore" })
  .int({ error: "chooseScore" })
  .min(1, { error: "chooseScore" })
  .max(5, { error: "chooseScore" });
const optionalText = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");

/** "officer:<badge>", "unit:<slug>" or "service:<slug>": what the rate page's choice and a "Rate" link carry. */
export const targetPattern = /^(officer:\d{6}|(unit|service):[a-z0-9]+(-[a-z0-9]+)*)$/;

export const EvaluationForm = z
  .object({
    target: z.string().trim().regex(targetPattern, { error: "chooseTarget" }),
    attitude: score,
    efficiency: score,
    fairness: score,
    comment: optionalText(1000),
    contact: optionalText(100),
    trackingNumber: optionalText(40).transform(normaliseCode),
    accessCode: optionalText(40).transform(normaliseCode),
  })
  .superRefine((form, ctx) => {
    // A verified rating needs both codes of the receipt; an open one neither.
    if (form.trackingNumber && !form.accessCode) ctx.addIssue({ code: "custom", path: ["accessCode"], message: "required" });
    if (form.accessCode && !form.trackingNumber) ctx.addIssue({ code: "custom", path: ["trackingNumber"], message: "required" });
  });
export type EvaluationForm = z.infer<typeof EvaluationForm>;

export type RatingTarget = { kind: "officer"; badge: string } | { kind: "unit" | "service"; slug: string };

export function parseTarget(target: string): RatingTarget {
  const [kind, key = ""] = target.split(":");
  if (kind === "officer") return { kind: "officer", badge: key };
  return { kind: kind === "service" ? "service" : "unit", slug: key };
}
