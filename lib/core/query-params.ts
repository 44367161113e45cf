import { z } from "zod";

import { withoutBidiControls } from "./text";

// Query strings and path segments arrive from anyone: NUL bytes, lone
// surrogates, numbers past a column's range, cursors no page ever wrote. Each
// schema here turns such a value into "not given" (or "not found"), never into
// a query PostgreSQL refuses.

/** Largest value of an `integer` column (units, officers, areas, users). */
export const MAX_INT4 = 2_147_483_647;

// Control characters: PostgreSQL text cannot hold NUL, and no one searches for the rest.
const controlCharacters = /[\u0000-\u001f\u007f]/g;

/** Search text: well-formed, without control or bidi characters, trimmed and cut to `max` characters. */
export function searchText(max: number) {
  return z
    .string()
    .transform((v) => {
      const text = withoutBidiControls(v.toWellFormed().replace(controlCharacters, " ")).trim();
      // Cut by characters, not UTF-16 units: a cut through a pair would leave half a character.
      return Array.from(text).slice(0, max).join("").trim();
    })
    .catch("")
    .default("");
}

/** An id of an `integer` column given as text: anything else is undefined. */
export const intId = z.coerce.number().int().min(1).max(MAX_INT4);

/** An id of a `bigint` column given as text, within what JavaScript numbers hold exactly. */
export const bigId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** An optional filter by id: a value out of range means "no filter". */
export const optionalIntId = intId.optional().catch(undefined);

// The last moment of the year 9999: later dates have no four-digit ISO form
// for PostgreSQL to read.
const MAX_DATE_MS = 253_402_300_799_999;

export type Cursor = { at: Date; id: number };

/**
 * A keyset cursor "<milliseconds>_<id>" as the pages write it; one they could
 * not have written (a date past the calendar, an id past the column) is no cursor.
 */
export const keysetCursor = z
  .string()
  .regex(/^\d{1,15}_\d{1,16}$/)
  .transform((v, ctx): Cursor => {
    const [ms, id] = v.split("_").map(Number) as [number, number];
    if (ms > MAX_DATE_MS || id < 1 || id > Number.MAX_SAFE_INTEGER) {
      ctx.addIssue({ code: "custom", message: "cursor" });
      return z.NEVER;
    }
    return { at: new Date(ms), id };
  })
  .optional()
  .catch(undefined);

/** Writes the cursor keysetCursor reads. */
export function cursorOf(at: Date, id: number): string {
  return `${at.getTime()}_${id}`;
}

/** The first value of a query parameter given once or many times. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
