import type { z } from "zod";

import { ValidationError } from "./errors";

/** The first message for each field, keyed by its dotted path. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return fieldErrors;
}

// PostgreSQL text cannot hold NUL, and no one types the other control
// characters on purpose: they are refused as a field error, never stored.
const forbiddenCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Fields of an input whose text holds characters no field accepts. */
export function controlCharacterErrors(input: unknown): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  if (input === null || typeof input !== "object") return fieldErrors;
  for (const [key, value] of Object.entries(input)) {
    const texts = Array.isArray(value) ? value : [value];
    if (texts.some((text) => typeof text === "string" && forbiddenCharacters.test(text))) fieldErrors[key] = "controlCharacters";
  }
  return fieldErrors;
}

/** The schema's result for an input, or a ValidationError naming each bad field. */
export function checkInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: Record<string, string> } {
  const refused = controlCharacterErrors(input);
  const parsed = schema.safeParse(input);
  const fieldErrors = { ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...refused };
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, data: parsed.data as z.output<S> };
}

/** A form's input parsed by its schema, or a ValidationError naming each bad field. */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const checked = checkInput(schema, input);
  if (!checked.ok) throw new ValidationError(checked.fieldErrors);
  return checked.data;
}
