import type { z } from "zod";

/**
 * A form's fields as an object, files included (an empty file input is left
 * out). A field the schema reads as a list is always a list (one ticked box
 * is still a list of one); another field given more than once is a list too,
 * which its schema refuses.
 */
export function formInput(
  formData: FormData,
  lists: ReadonlySet<string> = new Set(),
): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const input: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const entries = formData.getAll(key).filter((value) => typeof value === "string" || value.size > 0);
    if (entries.length === 0) continue;
    input[key] = entries.length === 1 && !lists.has(key) ? entries[0]! : entries;
  }
  return input;
}

type Def = {
  type: string;
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
};

/** The fields of an object schema (refined, piped or not) whose values are arrays. */
export function listFields(schema: z.ZodType): Set<string> {
  const unwrap = (def: Def): Def => (def.innerType ? unwrap(def.innerType._zod.def) : def.in ? unwrap(def.in._zod.def) : def);
  const shape = unwrap((schema as unknown as { _zod: { def: Def } })._zod.def).shape ?? {};
  return new Set(Object.entries(shape).flatMap(([key, field]) => (unwrap(field._zod.def).type === "array" ? [key] : [])));
}

/** What the user typed, to show again if the form comes back with errors. */
export function formValues(formData: FormData, secret: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !secret.includes(key)) values[key] = value;
  }
  return values;
}

/** The files chosen in one file field (an empty input is none), read whole, as the domain checks uploads. */
export async function uploadsOf(formData: FormData, name: string): Promise<{ fileName: string; bytes: Buffer }[]> {
  const files = formData.getAll(name).filter((f): f is File => typeof f !== "string" && f.size > 0);
  return Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: Buffer.from(await f.arrayBuffer()) })));
}
