import { z } from "zod";

import type { Ctx } from "../context";
import { redact } from "./redact";

const PreviewInput = z.object({
  subject: z.string().max(120).catch(""),
  body: z.string().max(4000).catch(""),
  contactName: z.string().max(60).catch(""),
});

/** What could be published of a message, before it is sent: the same masking a moderator starts from. */
export function previewPublicCopy(_ctx: Ctx, input: unknown): { subject: string; body: string } {
  const { subject, body, contactName } = PreviewInput.parse(input);
  const names = contactName.trim() ? [contactName.trim()] : [];
  return { subject: redact(subject, { names }).text, body: redact(body, { names }).text };
}
