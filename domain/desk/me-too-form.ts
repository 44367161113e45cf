import { z } from "zod";

import { tokenPattern, trackingNumberPattern } from "@/lib/core/values";

import { compactPhone, isMobile } from "../directory/schemas";

// The "confirm with a code" forms of "this affects me too": no db here, the browser checks with them too.

const trackingNumber = z.string().trim().toUpperCase().regex(trackingNumberPattern, { error: "invalid" });

/** A mobile number or an e-mail address, to send the one-time code to. */
export const MeTooContactForm = z.object({
  trackingNumber,
  contact: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(120, { error: "tooLong" })
    .transform((v) => (v.includes("@") ? v.toLowerCase() : compactPhone(v)))
    .refine((v) => isMobile(v) || z.email().safeParse(v).success, { error: "meTooContact" }),
});
export type MeTooContactForm = z.infer<typeof MeTooContactForm>;

/** The code as received, with the challenge the form carries. */
export const MeTooCodeForm = z.object({
  challenge: z.string().regex(tokenPattern, { error: "meTooStartAgain" }),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "meTooCodeFormat" }),
});
export type MeTooCodeForm = z.infer<typeof MeTooCodeForm>;
