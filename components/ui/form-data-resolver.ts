import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

import { formInput, listFields } from "@/lib/form-data";

/** Field → message key under "errors". */
type ErrorKeys = Record<string, string>;

/**
 * A form's schema, or a way to load it: a public page then loads zod when the
 * form is first used, not with the page.
 */
export type SchemaSource = z.ZodType | (() => Promise<z.ZodType>);

/**
 * The browser's check of a form: its fields read as the server action reads
 * them (lib/form-data.ts) and parsed by the same schema through zodResolver,
 * then what only the browser can check before sending (chosen files).
 * react-hook-form's own copy of the values is not used: radios, checkboxes
 * and hidden fields reach the schema exactly as they reach the server.
 */
export function formDataResolver(source: SchemaSource, read: () => FormData, check?: () => ErrorKeys): Resolver<FieldValues> {
  return async (_values, context, options) => {
    // A schema that cannot be loaded (the connection dropped) checks nothing: the server checks the same on arrival.
    const schema = typeof source === "function" ? await source().catch(() => null) : source;
    const result = schema
      ? await zodResolver(schema as z.ZodType<FieldValues, FieldValues>)(formInput(read(), listFields(schema)), context, options)
      : { values: {}, errors: {} };
    const found = Object.entries(check?.() ?? {});
    if (found.length === 0) return result;
    return {
      values: {},
      errors: { ...result.errors, ...Object.fromEntries(found.map(([name, message]) => [name, { type: "browser", message }])) },
    };
  };
}
