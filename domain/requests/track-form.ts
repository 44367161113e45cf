import { z } from "zod";

// Messages are keys under "errors" in messages/*.json. No server-only import:
// the tracking form checks with this schema in the browser too.

/** What a resident types, as stored: upper case, without spaces. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/\s/g, "");
}

export const TrackForm = z.object({
  trackingNumber: z.string().trim().min(1, { error: "required" }).max(40, { error: "tooLong" }).transform(normaliseCode),
  accessCode: z.string().trim().min(1, { error: "required" }).max(40, { error: "tooLong" }).transform(normaliseCode),
});
export type TrackForm = z.infer<typeof TrackForm>;
