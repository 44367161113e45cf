import "server-only";

import { headers } from "next/headers";
import type { z } from "zod";

import type { Ctx } from "@/domain/context";
import { checkInput } from "@/domain/validation";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";

type ActionSpec<S extends z.ZodType, R, State extends FormState> = {
  /** The form's schema: the same one the browser's form and the domain function use. */
  schema: S;
  /** Fields never sent back to the browser (passwords, access codes). */
  secret?: readonly string[];
  /** Calls one domain function. `formData` is there for files. */
  run: (ctx: Ctx, input: z.input<S>, formData: FormData) => Promise<R>;
  /** The next state after success, or a redirect(); by default the form says it is done. */
  done?: (result: R, input: z.output<S>) => State | Promise<State>;
};

/**
 * The one way to write a server action: the form's fields are parsed with its
 * schema (errors name each field), one domain function is called, and every
 * error becomes form state through lib/errors.ts, with what the user typed
 * kept. Nothing is swallowed: an error always reaches the form.
 * Values bound on the server (a record's id) come in `bound`.
 */
export function formAction<S extends z.ZodType, R, State extends FormState = FormState>(spec: ActionSpec<S, R, State>) {
  return async (_state: State, formData: FormData, bound: Record<string, unknown> = {}): Promise<State> => {
    const input = { ...formInput(formData), ...bound };
    const values = formValues(formData, spec.secret);
    const refused = await refusedUploads();
    if (refused) return { fieldErrors: refused, values } as State;
    const checked = checkInput(spec.schema, input);
    if (!checked.ok) return { fieldErrors: checked.fieldErrors, values } as State;
    let result: R;
    try {
      // The check above passed, so the input has the schema's input shape.
      result = await spec.run(await getCtx(), input as z.input<S>, formData);
    } catch (error) {
      return handleDomainError(error, values) as State;
    }
    if (spec.done) return spec.done(result, checked.data);
    return { fieldErrors: {}, values, done: true } as State;
  };
}

/**
 * The file fields of a post that was over the body limit: scripts/serve.mjs
 * dropped its files and kept its text, so the form can come back with what
 * was typed and a clear error. React prefixes a form's fields ("1_attachments")
 * when JavaScript sends it.
 */
async function refusedUploads(): Promise<Record<string, string> | null> {
  const names = (await headers()).get("x-upload-refused");
  if (!names) return null;
  return Object.fromEntries(names.split(",").map((name) => [name.replace(/^\d+_/, ""), "bodyTooLarge"]));
}

/** A form's text fields as an object; a name given more than once becomes a list. Files stay in the FormData. */
export function formInput(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const texts = formData.getAll(key).filter((value): value is string => typeof value === "string");
    if (texts.length === 0) continue;
    input[key] = texts.length === 1 ? texts[0]! : texts;
  }
  return input;
}

/** What the user typed, to show again if the form comes back with errors. */
export function formValues(formData: FormData, secret: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !secret.includes(key)) values[key] = value;
  }
  return values;
}
