import "server-only";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";

import type { Ctx } from "@/domain/context";
import { checkInput } from "@/domain/validation";
import { getCtx } from "@/lib/auth/context";
import { handleDomainError, type FormState } from "@/lib/errors";
import { formInput, formValues, listFields } from "@/lib/form-data";
import { safeReturnPath } from "@/lib/return-path";

type ActionSpec<S extends z.ZodType, R, State extends FormState> = {
  /** The form's schema: the same one the browser's form and the domain function use. */
  schema: S;
  /** Fields never sent back to the browser (passwords, access codes). */
  secret?: readonly string[];
  /** Calls one domain function. `formData` is there for files. */
  run: (ctx: Ctx, input: z.input<S>, formData: FormData) => Promise<R>;
  /** Pages whose data the action changed. */
  revalidate?: string | ((input: z.output<S>) => string);
  /** The next state after success, or a redirect(); by default the form says it is done and keeps its values. */
  done?: (result: R, input: z.output<S>) => NoInfer<State> | Promise<NoInfer<State>>;
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
    const input = { ...formInput(formData, listFields(spec.schema)), ...bound };
    const values = formValues(formData, spec.secret);
    const refused = await refusedUploads();
    if (refused) return (await withErrorTexts({ fieldErrors: refused, values })) as State;
    const checked = checkInput(spec.schema, input);
    if (!checked.ok) return (await withErrorTexts({ fieldErrors: checked.fieldErrors, values })) as State;
    let result: R;
    try {
      // The check above passed, so the input has the schema's input shape.
      result = await spec.run(await getCtx(), input as z.input<S>, formData);
    } catch (error) {
      return (await withErrorTexts(handleDomainError(error, values))) as State;
    }
    if (spec.revalidate) revalidatePath(typeof spec.revalidate === "string" ? spec.revalidate : spec.revalidate(checked.data));
    if (spec.done) return spec.done(result, checked.data);
    return { fieldErrors: {}, values, done: true } as State;
  };
}

/** An answer with errors carries their texts, so the browser's catalogue need not hold every key. */
async function withErrorTexts(state: FormState): Promise<FormState> {
  const t = await getTranslations("errors");
  const texts: Record<string, string> = {};
  for (const key of [...Object.values(state.fieldErrors), state.formError]) {
    if (key === undefined) continue;
    const known = key as Parameters<typeof t>[0];
    texts[key] = t.has(known) ? t(known, key === state.formError ? state.errorParams : undefined) : t("invalid");
  }
  return { ...state, errorTexts: texts };
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

type RedirectSpec<S extends z.ZodType, R> = {
  schema: S;
  run: (ctx: Ctx, input: z.input<S>) => Promise<R>;
  /** The page to go back to (a same-site path, query included). */
  back: (formData: FormData) => string;
  /** What to add to the page's query after success, for it to say what was done. */
  outcome?: (result: R, input: z.output<S>) => Record<string, string>;
};

/**
 * The same wrapper for the small forms of a list or a table row (one per
 * row, no client script): the outcome travels back in the page's query, an
 * error as `error=<message key>`, so the page says what happened with or
 * without JavaScript. Nothing is swallowed into a silent reload.
 */
export function redirectAction<S extends z.ZodType, R>(spec: RedirectSpec<S, R>) {
  return async (formData: FormData): Promise<never> => {
    const back = new URL(safeReturnPath(spec.back(formData)), "http://local");
    for (const key of ["error", "done"]) back.searchParams.delete(key);
    const input = formInput(formData, listFields(spec.schema));
    const checked = checkInput(spec.schema, input);
    let outcome: Record<string, string>;
    if (!checked.ok) {
      outcome = { error: Object.values(checked.fieldErrors)[0] ?? "invalid" };
    } else {
      try {
        const result = await spec.run(await getCtx(), input as z.input<S>);
        outcome = { done: "1", ...spec.outcome?.(result, checked.data) };
      } catch (error) {
        const state = handleDomainError(error);
        outcome = { error: state.formError ?? Object.values(state.fieldErrors)[0] ?? "invalid" };
      }
    }
    for (const [key, value] of Object.entries(outcome)) back.searchParams.set(key, value);
    revalidatePath(back.pathname);
    redirect(`${back.pathname}${back.search}${back.hash}`);
  };
}
